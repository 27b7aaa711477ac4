package io.throughline.core.initiative;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Port: the record of every stage change. */
public interface StageHistory extends KeyedByInitiative {

    void record(StageChange change);

    /** The initiative's changes, oldest first. */
    List<StageChange> changesFor(InitiativeKey initiative);

    /**
     * Every initiative's changes made at or after {@code from}, oldest first (two at the same moment in
     * the order recorded): one read, whatever the number of initiatives (the digest reads a window so).
     */
    List<StageChange> changesSince(Instant from);

    /** When each initiative first entered a committed stage; initiatives never committed are absent. */
    Map<InitiativeKey, Instant> firstCommitments();

    /** {@link #firstCommitments()} of these initiatives only; a store overrides it to read only theirs. */
    default Map<InitiativeKey, Instant> firstCommitments(Collection<InitiativeKey> initiatives) {
        Map<InitiativeKey, Instant> all = firstCommitments();
        Map<InitiativeKey, Instant> first = new HashMap<>();
        for (InitiativeKey key : initiatives) {
            Instant at = all.get(key);
            if (at != null) {
                first.put(key, at);
            }
        }
        return first;
    }

    /** The initiative's history now goes by its new key (see {@link InitiativeRepository#rekey}). */
    void rekey(InitiativeKey from, InitiativeKey to);
}
