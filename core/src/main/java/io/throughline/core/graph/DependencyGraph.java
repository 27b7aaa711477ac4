package io.throughline.core.graph;

import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.interaction.Interaction;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives the health of every dependency but the withdrawn ones (DESIGN §1): direct rules first, then blocking spreads
 * from each blocked initiative to every open dependency on it, breadth first. Each dependency and
 * each initiative is visited a bounded number of times, so the cost is linear in nodes plus edges
 * and no recursion can overflow on long chains.
 */
public final class DependencyGraph {

    private DependencyGraph() {
    }

    public static DependencyAnalysis analyse(
            Collection<InitiativeNode> initiatives, Collection<Dependency> dependencies, HealthRules rules) {
        return analyse(initiatives, dependencies, rules, Set.of());
    }

    /**
     * Judges part of the graph: {@code dependencies} (every one of their consumers' that can change)
     * with {@code blockedProviders}, initiatives known to be blocked by dependencies not given here
     * (judged before and stored), from which blocking spreads to the given dependencies waiting on them
     * as it spreads from a blocked consumer among them.
     */
    public static DependencyAnalysis analyse(Collection<InitiativeNode> initiatives,
            Collection<Dependency> dependencies, HealthRules rules, Set<InitiativeKey> blockedProviders) {
        Map<InitiativeKey, InitiativeNode> nodes = new HashMap<>(initiatives.size() * 2);
        for (InitiativeNode node : initiatives) {
            nodes.put(node.key(), node);
        }
        List<Judgement> judgements = new ArrayList<>(dependencies.size());
        Map<InitiativeKey, List<Judgement>> waitingOn = new HashMap<>();
        Set<InitiativeKey> blocked = new HashSet<>(blockedProviders);
        Deque<InitiativeKey> toSpread = new ArrayDeque<>(blocked);
        HealthRules.Lookup pairs = rules.lookup();
        for (Dependency dependency : dependencies) {
            if (dependency.state().isWithdrawn()) {
                // Withdrawn: judged nowhere, so no roll-up, matrix or cycle counts it.
                continue;
            }
            InitiativeNode consumer = nodes.get(dependency.consumer());
            if (consumer == null) {
                throw new IllegalArgumentException("dependency " + dependency.id()
                        + " belongs to initiative " + dependency.consumer() + ", which was not given");
            }
            Judgement judgement = new Judgement(dependency, consumer, rules, pairs);
            judgements.add(judgement);
            if (judgement.done) {
                continue;
            }
            dependency.providerIssue().ifPresent(provider ->
                    waitingOn.computeIfAbsent(provider, key -> new ArrayList<>()).add(judgement));
            if (!judgement.blockedBy.isEmpty() && blocked.add(dependency.consumer())) {
                toSpread.add(dependency.consumer());
            }
        }
        while (!toSpread.isEmpty()) {
            InitiativeKey provider = toSpread.poll();
            for (Judgement judgement : waitingOn.getOrDefault(provider, List.of())) {
                judgement.blockedBy.add(HealthReason.providerBlocked(provider));
                InitiativeKey consumer = judgement.dependency.consumer();
                if (blocked.add(consumer)) {
                    toSpread.add(consumer);
                }
            }
        }
        Map<io.throughline.core.dependency.DependencyId, DependencyStatus> statuses = new LinkedHashMap<>();
        Map<InitiativeKey, Health> rollUps = new HashMap<>();
        for (Judgement judgement : judgements) {
            DependencyStatus status = judgement.status();
            statuses.put(status.dependency().id(), status);
            rollUps.merge(status.dependency().consumer(), status.health(), Health::worse);
        }
        return new DependencyAnalysis(statuses, rollUps);
    }

    /** Working state for one dependency while the graph is judged. */
    private static final class Judgement {
        final Dependency dependency;
        final InitiativeNode consumer;
        final boolean done;
        final List<HealthReason> blockedBy = new ArrayList<>(2);
        final List<HealthReason> atRiskBy = new ArrayList<>(2);
        final Optional<Interaction> interaction;

        Judgement(Dependency dependency, InitiativeNode consumer, HealthRules rules, HealthRules.Lookup pairs) {
            this.dependency = dependency;
            this.consumer = consumer;
            this.interaction = pairs.of(consumer.team(), dependency.providerTeam());
            DependencyState state = dependency.state();
            this.done = state == DependencyState.DELIVERED;
            if (done) {
                return;
            }
            LocalDate today = rules.today();
            if (state == DependencyState.DECLINED) {
                blockedBy.add(HealthReason.of(HealthReason.Code.DECLINED, 0));
            }
            if (today.isAfter(dependency.neededBy())) {
                blockedBy.add(HealthReason.of(HealthReason.Code.OVERDUE,
                        ChronoUnit.DAYS.between(dependency.neededBy(), today)));
            }
            if (state == DependencyState.REQUESTED) {
                // A reopened request waits from its reopening, not from the first ask.
                LocalDate requestedOn = LocalDate.ofInstant(dependency.roundStartedAt(), rules.zone());
                long waiting = ChronoUnit.DAYS.between(requestedOn, today);
                if (waiting > pairs.ackSlaDays(interaction)) {
                    atRiskBy.add(HealthReason.of(HealthReason.Code.UNACKNOWLEDGED, waiting));
                }
            }
            dependency.committedDate().filter(date -> date.isAfter(dependency.neededBy())).ifPresent(date ->
                    atRiskBy.add(HealthReason.of(HealthReason.Code.COMMITTED_AFTER_NEEDED_BY,
                            ChronoUnit.DAYS.between(dependency.neededBy(), date))));
        }

        DependencyStatus status() {
            Health health = done ? Health.DONE
                    : !blockedBy.isEmpty() ? Health.BLOCKED
                    : !atRiskBy.isEmpty() ? Health.AT_RISK
                    : Health.ON_TRACK;
            List<HealthReason> reasons = switch (health) {
                case BLOCKED -> blockedBy;
                case AT_RISK -> atRiskBy;
                default -> List.of();
            };
            boolean late = consumer.committedAt().map(dependency.requestedAt()::isAfter).orElse(false);
            return new DependencyStatus(dependency, consumer.team(), health, reasons, late, Latency.of(dependency),
                    interaction);
        }
    }
}
