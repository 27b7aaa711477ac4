package io.throughline.core.graph;

import io.throughline.core.common.Team;
import io.throughline.core.dependency.Dependency;
import java.util.List;
import java.util.Objects;

/** A dependency as the graph judged it: health with the reasons of that level, discovery and latency. */
public record DependencyStatus(
        Dependency dependency,
        Team consumerTeam,
        Health health,
        List<HealthReason> reasons,
        boolean lateDiscovered,
        Latency latency) {

    public DependencyStatus {
        Objects.requireNonNull(dependency, "dependency");
        Objects.requireNonNull(consumerTeam, "consumerTeam");
        Objects.requireNonNull(health, "health");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(latency, "latency");
        for (HealthReason reason : reasons) {
            if (reason.code().health() != health) {
                throw new IllegalArgumentException(reason.code() + " cannot explain " + health);
            }
        }
        if ((health == Health.BLOCKED || health == Health.AT_RISK) && reasons.isEmpty()) {
            throw new IllegalArgumentException(health + " needs at least one reason");
        }
    }

    public Team providerTeam() {
        return dependency.providerTeam();
    }
}
