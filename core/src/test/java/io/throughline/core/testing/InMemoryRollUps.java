package io.throughline.core.testing;

import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.DeliveryRollUp;
import io.throughline.core.trace.DeliveryRollUps;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Roll-ups in a map, keeping the one computed last per initiative, as the store does. */
public final class InMemoryRollUps implements DeliveryRollUps {

    private final TreeMap<String, DeliveryRollUp> rows = new TreeMap<>();
    private int writes;

    @Override
    public synchronized void put(DeliveryRollUp rollUp) {
        writes++;
        rows.merge(rollUp.initiative().value(), rollUp,
                (stored, offered) -> offered.computedAt().isBefore(stored.computedAt()) ? stored : offered);
    }

    @Override
    public synchronized Optional<DeliveryRollUp> find(InitiativeKey initiative) {
        return Optional.ofNullable(rows.get(initiative.value()));
    }

    @Override
    public synchronized List<DeliveryRollUp> findAll() {
        return rows.values().stream().sorted(java.util.Comparator.comparing(DeliveryRollUp::initiative)).toList();
    }

    @Override
    public synchronized void remove(InitiativeKey initiative) {
        rows.remove(initiative.value());
    }

    @Override
    public synchronized void rekey(InitiativeKey from, InitiativeKey to) {
        DeliveryRollUp moved = rows.remove(from.value());
        if (moved != null && !rows.containsKey(to.value())) {
            rows.put(to.value(), new DeliveryRollUp(to, moved.team(), moved.progress(), moved.lastActivity(),
                    moved.truncated(), moved.computedAt()));
        }
    }

    /** How many roll-ups were written, so tests can show what a change recomputes. */
    public synchronized int writes() {
        return writes;
    }
}
