package io.throughline.core.testing;

import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** In-memory {@link InitiativeRepository}. */
public final class InMemoryInitiatives implements InitiativeRepository {

    private final ConcurrentSkipListMap<InitiativeKey, Initiative> byKey = new ConcurrentSkipListMap<>();

    @Override
    public void save(Initiative initiative) {
        byKey.put(initiative.key(), initiative);
    }

    @Override
    public Optional<Initiative> find(InitiativeKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public void rekey(InitiativeKey from, InitiativeKey to) {
        Initiative moved = byKey.remove(from);
        if (moved != null && !byKey.containsKey(to)) {
            byKey.put(to, new Initiative(to, moved.summary(), moved.team(), moved.stage(), moved.owner(),
                    moved.successMetric(), moved.evidenceHorizon()));
        }
    }

    @Override
    public List<Initiative> findAll() {
        return List.copyOf(byKey.values());
    }
}
