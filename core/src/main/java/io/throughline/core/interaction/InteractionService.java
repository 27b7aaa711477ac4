package io.throughline.core.interaction;

import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.Transactions;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads and replaces the team interaction table. Who may do so is the host's to check (Jira:
 * administrators, as for the stage mapping); the core checks what is written.
 */
public final class InteractionService {

    private final InteractionRepository interactions;
    private final TeamDirectory directory;
    private final Transactions transactions;

    public InteractionService(InteractionRepository interactions, TeamDirectory directory, Transactions transactions) {
        this.interactions = interactions;
        this.directory = directory;
        this.transactions = transactions;
    }

    public InteractionTable table() {
        return interactions.table();
    }

    /**
     * Replaces the whole table with {@code rows} once every row is valid. With {@code expectedVersion}
     * the write happens only if the table is still the one the writer read (409 otherwise); without,
     * against the version read here, so two writes at once still end with one winner.
     */
    public InteractionTable replace(List<InteractionForm.Row> rows, OptionalLong expectedVersion) {
        List<Interaction> pairs = InteractionForm.parse(rows, directory);
        return transactions.inOne(() -> {
            long version = interactions.table().version();
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != version) {
                throw InteractionRepository.changedMeanwhile();
            }
            return interactions.replace(pairs, version);
        });
    }
}
