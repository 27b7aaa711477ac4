package io.throughline.jira.web.rest;

import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.dependency.NewDependency;
import io.throughline.core.initiative.InitiativeKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A dependency repository whose {@code find} hands out nothing until two readers have read, so two
 * racing writers hold the same version and the store's compare-and-set must pick the winner.
 */
final class RacingDependencies implements DependencyRepository {

    private final DependencyRepository delegate;
    private final CyclicBarrier readers = new CyclicBarrier(2);

    RacingDependencies(DependencyRepository delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<Dependency> find(DependencyId id) {
        Optional<Dependency> found = delegate.find(id);
        try {
            readers.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the second writer never came", e);
        }
        return found;
    }

    @Override
    public Dependency create(NewDependency request) {
        return delegate.create(request);
    }

    @Override
    public List<Dependency> findByConsumer(InitiativeKey consumer) {
        return delegate.findByConsumer(consumer);
    }

    @Override
    public List<Dependency> findAll() {
        return delegate.findAll();
    }

    @Override
    public void recordTransition(Dependency after) {
        delegate.recordTransition(after);
    }

    @Override
    public void rekey(io.throughline.core.initiative.InitiativeKey from, io.throughline.core.initiative.InitiativeKey to) {
        delegate.rekey(from, to);
    }
}
