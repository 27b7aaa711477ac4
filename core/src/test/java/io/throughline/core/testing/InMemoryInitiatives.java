package io.throughline.core.testing;

import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.Stage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** In-memory {@link InitiativeRepository}; create and the compare-and-set of update happen under one lock. */
public final class InMemoryInitiatives implements InitiativeRepository {

    private final ConcurrentSkipListMap<InitiativeKey, Initiative> byKey = new ConcurrentSkipListMap<>();

    @Override
    public synchronized void save(Initiative initiative) {
        byKey.put(initiative.key(), initiative);
    }

    @Override
    public synchronized void create(Initiative initiative) {
        if (byKey.putIfAbsent(initiative.key(), initiative) != null) {
            throw InitiativeRepository.keyTaken(initiative.key());
        }
    }

    @Override
    public synchronized void update(Initiative after, Stage expected) {
        Initiative stored = byKey.get(after.key());
        if (stored == null) {
            throw new ThroughlineException.NotFound(
                    Message.of("throughline.error.initiative-not-found", after.key().value()));
        }
        if (stored.stage() != expected) {
            throw InitiativeRepository.changedMeanwhile(after.key());
        }
        byKey.put(after.key(), after);
    }

    @Override
    public Optional<Initiative> find(InitiativeKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public synchronized void rekey(InitiativeKey from, InitiativeKey to) {
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
