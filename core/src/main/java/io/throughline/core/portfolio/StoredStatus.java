package io.throughline.core.portfolio;

import io.throughline.core.common.Team;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.graph.Health;
import io.throughline.core.graph.HealthReason;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One dependency as the graph judged it, kept compact for views over the whole portfolio: who waits on
 * whom, its state, health with the reasons, the late-discovery flag, the day its health was judged as
 * of (health depends on the date) and when it was computed. The request's text and history stay in
 * the dependency store; a view reads them only for the rows it shows.
 */
public record StoredStatus(
        DependencyId id,
        InitiativeKey consumer,
        Team consumerTeam,
        Team providerTeam,
        Optional<InitiativeKey> providerIssue,
        DependencyState state,
        Health health,
        List<HealthReason> reasons,
        boolean lateDiscovered,
        LocalDate neededBy,
        LocalDate judgedOn,
        Instant computedAt) {

    public StoredStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(consumerTeam, "consumerTeam");
        Objects.requireNonNull(providerTeam, "providerTeam");
        Objects.requireNonNull(providerIssue, "providerIssue");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(health, "health");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(neededBy, "neededBy");
        Objects.requireNonNull(judgedOn, "judgedOn");
        Objects.requireNonNull(computedAt, "computedAt");
        if (state.isWithdrawn()) {
            throw new IllegalArgumentException("a withdrawn dependency is judged nowhere: " + id);
        }
        if ((health == Health.DONE) != (state == DependencyState.DELIVERED)) {
            throw new IllegalArgumentException("dependency " + id + " is " + state + " but " + health);
        }
        for (HealthReason reason : reasons) {
            if (reason.code().health() != health) {
                throw new IllegalArgumentException(reason.code() + " cannot explain " + health);
            }
        }
        if ((health == Health.BLOCKED || health == Health.AT_RISK) && reasons.isEmpty()) {
            throw new IllegalArgumentException(health + " needs at least one reason");
        }
    }

    /** What the graph said of the dependency, judged as of {@code judgedOn} at {@code computedAt}. */
    public static StoredStatus of(DependencyStatus status, LocalDate judgedOn, Instant computedAt) {
        return new StoredStatus(status.dependency().id(), status.dependency().consumer(), status.consumerTeam(),
                status.providerTeam(), status.dependency().providerIssue(), status.dependency().state(),
                status.health(), status.reasons(), status.lateDiscovered(), status.dependency().neededBy(),
                judgedOn, computedAt);
    }

    /** Still waiting on its provider (requested or committed). */
    public boolean open() {
        return state.isOpen();
    }

    /** The same judgement with every mention of {@code from} (consumer, provider issue, reason) naming {@code to}. */
    public StoredStatus rekeyed(InitiativeKey from, InitiativeKey to) {
        List<HealthReason> renamed = reasons.stream()
                .map(reason -> reason.via().filter(from::equals).isPresent()
                        ? new HealthReason(reason.code(), reason.days(), Optional.of(to)) : reason)
                .toList();
        return new StoredStatus(id, consumer.equals(from) ? to : consumer, consumerTeam, providerTeam,
                providerIssue.map(key -> key.equals(from) ? to : key), state, health, renamed, lateDiscovered,
                neededBy, judgedOn, computedAt);
    }

    /** The judgement itself, without when it was made: what two judgements of the same facts agree on. */
    public StoredStatus judgedAt(LocalDate day, Instant at) {
        return new StoredStatus(id, consumer, consumerTeam, providerTeam, providerIssue, state, health, reasons,
                lateDiscovered, neededBy, day, at);
    }
}
