package io.throughline.core.dependency;

import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.KeyedByInitiative;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Port: dependencies and their histories. */
public interface DependencyRepository extends KeyedByInitiative {

    /** Stores a new request and returns it with its id, in state REQUESTED at version 0. */
    Dependency create(NewDependency request);

    Optional<Dependency> find(DependencyId id);

    /** The consumer initiative's dependencies, oldest request first. */
    List<Dependency> findByConsumer(InitiativeKey consumer);

    /** Every dependency; one bounded read regardless of how many there are. */
    List<Dependency> findAll();

    /**
     * The dependencies of these consumer initiatives, in id order. By default one read per consumer; a
     * store overrides it with a bounded number of reads whatever their number.
     */
    default List<Dependency> findByConsumers(Collection<InitiativeKey> consumers) {
        List<Dependency> found = new ArrayList<>();
        new LinkedHashSet<>(consumers).forEach(consumer -> found.addAll(findByConsumer(consumer)));
        found.sort(Comparator.comparingLong(dependency -> dependency.id().value()));
        return found;
    }

    /**
     * The dependencies with these ids, in id order (an id naming none is left out). By default one read
     * per id; a store overrides it with a bounded number of reads whatever their number.
     */
    default List<Dependency> findByIds(Collection<DependencyId> ids) {
        return ids.stream().distinct().sorted(Comparator.comparingLong(DependencyId::value))
                .map(this::find).flatMap(Optional::stream).toList();
    }

    /**
     * Stores {@code after}'s last change, but only if the stored dependency is still at
     * {@code after.version() - 1}: a compare-and-set decided by the store, so of two racing
     * writers exactly one wins and the other gets {@link io.throughline.core.common.ThroughlineException.Conflict}.
     */
    void recordTransition(Dependency after);

    /** Dependencies of, and on, the initiative now name its new key (consumer and provider issue alike). */
    void rekey(InitiativeKey from, InitiativeKey to);
}
