package io.throughline.core.interaction;

import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import java.util.List;

/** Port: the admin's table of team interaction modes, replaced as a whole and versioned. */
public interface InteractionRepository {

    /** A host that keeps no modes: nothing declared, and nothing can be. */
    InteractionRepository NONE = new InteractionRepository() {
        @Override
        public InteractionTable table() {
            return InteractionTable.EMPTY;
        }

        @Override
        public InteractionTable replace(List<Interaction> pairs, long expectedVersion) {
            throw new UnsupportedOperationException("this host keeps no interaction modes");
        }
    };

    InteractionTable table();

    /**
     * Replaces every pair with {@code pairs}, provided the table is still at {@code expectedVersion};
     * returns the new table (version + 1). Of two writers who read the same version, exactly one
     * wins, decided in the database; the other gets {@link #changedMeanwhile()} and nothing is stored.
     */
    InteractionTable replace(List<Interaction> pairs, long expectedVersion);

    static ThroughlineException.Conflict changedMeanwhile() {
        return new ThroughlineException.Conflict(Message.of("throughline.interaction.changed-meanwhile"));
    }
}
