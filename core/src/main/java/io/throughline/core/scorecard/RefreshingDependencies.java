package io.throughline.core.scorecard;

import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.dependency.NewDependency;
import io.throughline.core.initiative.InitiativeKey;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The dependencies, reporting the consumer of each one requested or changed to {@link LineRefresh}. */
public final class RefreshingDependencies implements DependencyRepository {

    private final DependencyRepository dependencies;
    private final LineRefresh refresh;

    public RefreshingDependencies(DependencyRepository dependencies, LineRefresh refresh) {
        this.dependencies = dependencies;
        this.refresh = refresh;
    }

    @Override
    public Dependency create(NewDependency request) {
        Dependency created = dependencies.create(request);
        refresh.changed(created.consumer());
        return created;
    }

    @Override
    public Optional<Dependency> find(DependencyId id) {
        return dependencies.find(id);
    }

    @Override
    public List<Dependency> findByConsumer(InitiativeKey consumer) {
        return dependencies.findByConsumer(consumer);
    }

    @Override
    public List<Dependency> findAll() {
        return dependencies.findAll();
    }

    @Override
    public List<Dependency> findByConsumers(Collection<InitiativeKey> consumers) {
        return dependencies.findByConsumers(consumers);
    }

    @Override
    public List<Dependency> findByIds(Collection<DependencyId> ids) {
        return dependencies.findByIds(ids);
    }

    @Override
    public void recordTransition(Dependency after) {
        dependencies.recordTransition(after);
        refresh.changed(after.consumer());
    }

    @Override
    public void rekey(InitiativeKey from, InitiativeKey to) {
        dependencies.rekey(from, to);
    }
}
