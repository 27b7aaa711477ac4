package io.throughline.core.scorecard;

import io.throughline.core.interaction.Interaction;
import io.throughline.core.interaction.InteractionRepository;
import io.throughline.core.interaction.InteractionTable;
import java.util.List;

/** The interaction table, reporting to {@link LineRefresh} that it was replaced (every SLA may have moved). */
public final class RefreshingInteractions implements InteractionRepository {

    private final InteractionRepository interactions;
    private final LineRefresh refresh;

    public RefreshingInteractions(InteractionRepository interactions, LineRefresh refresh) {
        this.interactions = interactions;
        this.refresh = refresh;
    }

    @Override
    public InteractionTable table() {
        return interactions.table();
    }

    @Override
    public InteractionTable replace(List<Interaction> pairs, long expectedVersion) {
        InteractionTable replaced = interactions.replace(pairs, expectedVersion);
        refresh.interactionsChanged();
        return replaced;
    }
}
