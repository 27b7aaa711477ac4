package io.throughline.core.assumption;

import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.KeyedByInitiative;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the append-only list of each initiative's assumptions and their resolutions. */
public interface AssumptionRecords extends KeyedByInitiative {

    /** A host that keeps no assumptions: none are listed, and listing one is refused as a bug. */
    AssumptionRecords NONE = new AssumptionRecords() {
        @Override
        public Assumption list(InitiativeKey initiative, String text, UserRef by, Instant at) {
            throw new IllegalStateException("this host keeps no assumptions");
        }

        @Override
        public Assumption resolve(AssumptionId id, int round, Assumption.Resolution resolution) {
            throw new IllegalStateException("this host keeps no assumptions");
        }

        @Override
        public Optional<Assumption> find(AssumptionId id) {
            return Optional.empty();
        }

        @Override
        public List<Assumption> assumptionsFor(InitiativeKey initiative) {
            return List.of();
        }

        @Override
        public void rekey(InitiativeKey from, InitiativeKey to) {
        }
    };

    Assumption list(InitiativeKey initiative, String text, UserRef by, Instant at);

    /**
     * Appends a resolution as the assumption's {@code round}-th (1 for the first), the number the
     * caller read plus one: of two writers who read the same list, the store lets exactly one through.
     *
     * @throws ThroughlineException.Conflict {@link #resolvedMeanwhile} when that round is taken
     */
    Assumption resolve(AssumptionId id, int round, Assumption.Resolution resolution);

    Optional<Assumption> find(AssumptionId id);

    /** The initiative's assumptions, in the order they were listed; one read. */
    List<Assumption> assumptionsFor(InitiativeKey initiative);

    static ThroughlineException.Conflict resolvedMeanwhile(AssumptionId id) {
        return new ThroughlineException.Conflict(Message.of("throughline.assumption.resolved-meanwhile", id.toString()));
    }
}
