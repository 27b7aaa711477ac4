package io.throughline.core.testing;

import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.dependency.NewDependency;
import io.throughline.core.dependency.NewDependency;
import io.throughline.core.initiative.InitiativeKey;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** In-memory {@link DependencyRepository}; the compare-and-set happens under one lock. */
public final class InMemoryDependencies implements DependencyRepository {

    private final TreeMap<Long, Dependency> byId = new TreeMap<>();

    @Override
    public synchronized Dependency create(NewDependency request) {
        Dependency dependency = Dependency.requested(new DependencyId(byId.size() + 1L), request);
        byId.put(dependency.id().value(), dependency);
        return dependency;
    }

    @Override
    public synchronized Optional<Dependency> find(DependencyId id) {
        return Optional.ofNullable(byId.get(id.value()));
    }

    @Override
    public synchronized List<Dependency> findByConsumer(InitiativeKey consumer) {
        return byId.values().stream().filter(d -> d.consumer().equals(consumer)).toList();
    }

    @Override
    public synchronized List<Dependency> findAll() {
        return List.copyOf(byId.values());
    }

    @Override
    public synchronized void rekey(InitiativeKey from, InitiativeKey to) {
        byId.replaceAll((id, d) -> {
            NewDependency r = d.request();
            boolean consumer = r.consumer().equals(from);
            boolean provider = r.providerIssue().map(from::equals).orElse(false);
            if (!consumer && !provider) {
                return d;
            }
            return new Dependency(d.id(), new NewDependency(consumer ? to : r.consumer(), r.providerTeam(),
                    provider ? java.util.Optional.of(to) : r.providerIssue(), r.description(), r.neededBy(),
                    r.requestedBy(), r.requestedAt()), d.history());
        });
    }

    @Override
    public synchronized void recordTransition(Dependency after) {
        Dependency stored = byId.get(after.id().value());
        if (stored == null) {
            throw new ThroughlineException.NotFound(
                    Message.of("throughline.error.dependency-not-found", after.id().toString()));
        }
        if (stored.version() != after.version() - 1
                || !after.history().subList(0, stored.version()).equals(stored.history())) {
            throw new ThroughlineException.Conflict(Message.of("throughline.dependency.changed-meanwhile",
                    after.id().toString(), stored.state().name()));
        }
        byId.put(after.id().value(), after);
    }
}
