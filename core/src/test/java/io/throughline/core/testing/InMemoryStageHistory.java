package io.throughline.core.testing;

import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.StageChange;
import io.throughline.core.initiative.StageHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** In-memory {@link StageHistory}. */
public final class InMemoryStageHistory implements StageHistory {

    private final List<StageChange> changes = new ArrayList<>();

    @Override
    public synchronized void record(StageChange change) {
        changes.add(change);
    }

    @Override
    public synchronized List<StageChange> changesFor(InitiativeKey initiative) {
        return changes.stream().filter(change -> change.initiative().equals(initiative)).toList();
    }

    @Override
    public synchronized List<StageChange> changesSince(Instant from) {
        return changes.stream().filter(change -> !change.at().isBefore(from))
                .sorted(java.util.Comparator.comparing(StageChange::at)).toList();
    }

    @Override
    public synchronized void rekey(InitiativeKey from, InitiativeKey to) {
        changes.replaceAll(c -> c.initiative().equals(from)
                ? new StageChange(to, c.from(), c.to(), c.by(), c.at()) : c);
    }

    @Override
    public synchronized Map<InitiativeKey, Instant> firstCommitments() {
        Map<InitiativeKey, Instant> first = new HashMap<>();
        for (StageChange change : changes) {
            if (change.to().isCommitted()) {
                first.merge(change.initiative(), change.at(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return first;
    }
}
