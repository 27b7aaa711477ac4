package io.throughline.core.graph;

import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.RandomPortfolios.Portfolio;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DESIGN §1's health rules written the slow, obvious way: blocking is found by repeating a pass
 * over all dependencies until nothing changes, so it shares no code or strategy with the graph.
 */
final class RulesOracle {

    /** What the rules say about one dependency. */
    record Verdict(Health health, List<HealthReason> reasons, boolean lateDiscovered) {
    }

    private RulesOracle() {
    }

    static boolean directlyBlocked(Dependency dependency, HealthRules rules) {
        return dependency.state() == DependencyState.DECLINED || rules.today().isAfter(dependency.neededBy());
    }

    /** Initiatives with at least one blocked dependency, found by iterating to a fixpoint. */
    static Set<InitiativeKey> blockedInitiatives(Portfolio portfolio) {
        Set<InitiativeKey> blocked = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Dependency dependency : portfolio.dependencies()) {
                if (dependency.state() == DependencyState.DELIVERED || dependency.state() == DependencyState.WITHDRAWN
                        || blocked.contains(dependency.consumer())) {
                    continue;
                }
                if (directlyBlocked(dependency, portfolio.rules())
                        || dependency.providerIssue().map(blocked::contains).orElse(false)) {
                    blocked.add(dependency.consumer());
                    changed = true;
                }
            }
        }
        return blocked;
    }

    static Map<DependencyId, Verdict> judge(Portfolio portfolio) {
        HealthRules rules = portfolio.rules();
        LocalDate today = rules.today();
        Set<InitiativeKey> blockedInitiatives = blockedInitiatives(portfolio);
        Map<InitiativeKey, InitiativeNode> nodes = new HashMap<>();
        portfolio.initiatives().forEach(node -> nodes.put(node.key(), node));
        Map<DependencyId, Verdict> verdicts = new HashMap<>();
        for (Dependency dependency : portfolio.dependencies()) {
            if (dependency.state() == DependencyState.WITHDRAWN) {
                continue;
            }
            boolean late = nodes.get(dependency.consumer()).committedAt()
                    .filter(committed -> dependency.requestedAt().compareTo(committed) > 0).isPresent();
            if (dependency.state() == DependencyState.DELIVERED) {
                verdicts.put(dependency.id(), new Verdict(Health.DONE, List.of(), late));
                continue;
            }
            List<HealthReason> blocked = new ArrayList<>();
            if (dependency.state() == DependencyState.DECLINED) {
                blocked.add(HealthReason.of(HealthReason.Code.DECLINED, 0));
            }
            if (today.isAfter(dependency.neededBy())) {
                blocked.add(HealthReason.of(HealthReason.Code.OVERDUE, dependency.neededBy().until(today, ChronoUnit.DAYS)));
            }
            dependency.providerIssue().filter(blockedInitiatives::contains)
                    .ifPresent(provider -> blocked.add(HealthReason.providerBlocked(provider)));
            List<HealthReason> atRisk = new ArrayList<>();
            if (dependency.state() == DependencyState.REQUESTED) {
                LocalDate requestedOn = dependency.roundStartedAt().atZone(rules.zone()).toLocalDate();
                long waited = requestedOn.until(today, ChronoUnit.DAYS);
                if (waited > rules.ackSlaDays()) {
                    atRisk.add(HealthReason.of(HealthReason.Code.UNACKNOWLEDGED, waited));
                }
            }
            dependency.committedDate().filter(date -> date.isAfter(dependency.neededBy())).ifPresent(date ->
                    atRisk.add(HealthReason.of(HealthReason.Code.COMMITTED_AFTER_NEEDED_BY,
                            dependency.neededBy().until(date, ChronoUnit.DAYS))));
            Verdict verdict = !blocked.isEmpty() ? new Verdict(Health.BLOCKED, blocked, late)
                    : !atRisk.isEmpty() ? new Verdict(Health.AT_RISK, atRisk, late)
                    : new Verdict(Health.ON_TRACK, List.of(), late);
            verdicts.put(dependency.id(), verdict);
        }
        return verdicts;
    }
}
