package io.throughline.core.testing;

import io.throughline.core.assumption.Assumption;
import io.throughline.core.assumption.AssumptionId;
import io.throughline.core.assumption.AssumptionRecords;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Assumptions in a list, ids from 1; a resolution round already taken is refused as the store refuses it. */
public final class InMemoryAssumptions implements AssumptionRecords {

    private final List<Assumption> rows = new ArrayList<>();

    @Override
    public synchronized Assumption list(InitiativeKey initiative, String text, UserRef by, Instant at) {
        Assumption listed = new Assumption(new AssumptionId(rows.size() + 1L), initiative, text, by, at, List.of());
        rows.add(listed);
        return listed;
    }

    @Override
    public synchronized Assumption resolve(AssumptionId id, int round, Assumption.Resolution resolution) {
        int index = Math.toIntExact(id.value() - 1);
        Assumption current = rows.get(index);
        if (round != current.resolutions().size() + 1) {
            throw AssumptionRecords.resolvedMeanwhile(id);
        }
        List<Assumption.Resolution> resolutions = new ArrayList<>(current.resolutions());
        resolutions.add(resolution);
        Assumption resolved = new Assumption(id, current.initiative(), current.text(), current.listedBy(),
                current.listedAt(), resolutions);
        rows.set(index, resolved);
        return resolved;
    }

    @Override
    public synchronized Optional<Assumption> find(AssumptionId id) {
        return rows.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<Assumption> assumptionsFor(InitiativeKey initiative) {
        return rows.stream().filter(a -> a.initiative().equals(initiative)).toList();
    }

    @Override
    public synchronized void rekey(InitiativeKey from, InitiativeKey to) {
        rows.replaceAll(a -> a.initiative().equals(from)
                ? new Assumption(a.id(), to, a.text(), a.listedBy(), a.listedAt(), a.resolutions()) : a);
    }
}
