package io.throughline.core.testing;

import io.throughline.core.interaction.Interaction;
import io.throughline.core.interaction.InteractionRepository;
import io.throughline.core.interaction.InteractionTable;
import java.util.List;

/** The interaction table in memory: one version, compared and set under a lock. */
public final class InMemoryInteractions implements InteractionRepository {

    private InteractionTable table = InteractionTable.EMPTY;

    @Override
    public synchronized InteractionTable table() {
        return table;
    }

    @Override
    public synchronized InteractionTable replace(List<Interaction> pairs, long expectedVersion) {
        if (table.version() != expectedVersion) {
            throw InteractionRepository.changedMeanwhile();
        }
        table = new InteractionTable(pairs, expectedVersion + 1);
        return table;
    }
}
