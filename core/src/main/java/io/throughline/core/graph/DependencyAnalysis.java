package io.throughline.core.graph;

import io.throughline.core.dependency.DependencyId;
import io.throughline.core.initiative.InitiativeKey;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The graph's verdict on every dependency and every consumer initiative. */
public record DependencyAnalysis(Map<DependencyId, DependencyStatus> statuses, Map<InitiativeKey, Health> rollUps) {

    public DependencyAnalysis {
        statuses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(statuses));
        rollUps = Map.copyOf(rollUps);
    }

    public Collection<DependencyStatus> all() {
        return statuses.values();
    }

    public DependencyStatus status(DependencyId id) {
        DependencyStatus status = statuses.get(id);
        if (status == null) {
            throw new IllegalArgumentException("no dependency " + id + " in this analysis");
        }
        return status;
    }

    /** The worst health among the initiative's own dependencies; empty when it has none. */
    public Optional<Health> rollUp(InitiativeKey initiative) {
        return Optional.ofNullable(rollUps.get(initiative));
    }
}
