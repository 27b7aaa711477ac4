package io.throughline.core.graph;

import io.throughline.core.common.Team;
import io.throughline.core.common.Message;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.interaction.Interaction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dependency as the graph judged it: health with the reasons of that level, discovery, latency,
 * and the interaction its two teams agreed on (empty when they declared none).
 */
public record DependencyStatus(
        Dependency dependency,
        Team consumerTeam,
        Health health,
        List<HealthReason> reasons,
        boolean lateDiscovered,
        Latency latency,
        Optional<Interaction> interaction) {

    /** A status judged without any interaction table. */
    public DependencyStatus(Dependency dependency, Team consumerTeam, Health health, List<HealthReason> reasons,
                            boolean lateDiscovered, Latency latency) {
        this(dependency, consumerTeam, health, reasons, lateDiscovered, latency, Optional.empty());
    }

    public DependencyStatus {
        Objects.requireNonNull(dependency, "dependency");
        Objects.requireNonNull(consumerTeam, "consumerTeam");
        Objects.requireNonNull(health, "health");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(interaction, "interaction");
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

    /**
     * Two different teams depend on each other with no agreed way of working: shown beside the
     * dependency, never counted in its health.
     */
    public boolean noInteractionContract() {
        return interaction.isEmpty() && !consumerTeam.equals(providerTeam());
    }

    /** Why {@link #noInteractionContract()} holds, in words; empty when it does not. */
    public Optional<Message> noInteractionContractReason() {
        return noInteractionContract()
                ? Optional.of(Message.of("throughline.interaction.none", consumerTeam.name(), providerTeam().name()))
                : Optional.empty();
    }
}
