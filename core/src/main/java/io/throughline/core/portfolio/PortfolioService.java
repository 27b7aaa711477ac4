package io.throughline.core.portfolio;

import io.throughline.core.common.Clock;
import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.dependency.NewDependency;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.graph.DependencyAnalysis;
import io.throughline.core.graph.DependencyGraph;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.graph.Health;
import io.throughline.core.graph.HealthReason;
import io.throughline.core.graph.HealthRules;
import io.throughline.core.graph.HealthTally;
import io.throughline.core.graph.InitiativeNode;
import io.throughline.core.graph.TeamCycles;
import io.throughline.core.graph.TeamMatrix;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.PermissionCheck;
import io.throughline.core.initiative.StageHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Dependency health across the portfolio, permission-filtered for the viewer. The whole graph is
 * judged (blocking travels through teams the viewer did not ask about); only what the viewer may
 * see is returned, and keys of initiatives they may not see are removed from what is shown.
 */
public final class PortfolioService {

    public static final String TEAMS = "teams";

    /** Worst health first, then the most urgent, then the oldest; without boxing, as it sorts every row. */
    private static final Comparator<PortfolioRow> WORST_FIRST = (a, b) -> {
        int byHealth = Integer.compare(b.status().health().severity(), a.status().health().severity());
        if (byHealth != 0) {
            return byHealth;
        }
        int byNeed = a.status().dependency().neededBy().compareTo(b.status().dependency().neededBy());
        return byNeed != 0 ? byNeed
                : Long.compare(a.status().dependency().id().value(), b.status().dependency().id().value());
    };

    private final InitiativeRepository initiatives;
    private final StageHistory stages;
    private final DependencyRepository dependencies;
    private final PermissionCheck permissions;
    private final TeamDirectory directory;
    private final Clock clock;
    private final int ackSlaDays;
    private final InitiativeAccess access;

    public PortfolioService(InitiativeRepository initiatives, StageHistory stages, DependencyRepository dependencies,
            PermissionCheck permissions, TeamDirectory directory, Clock clock, PolicyParameters defaults) {
        this.initiatives = initiatives;
        this.stages = stages;
        this.dependencies = dependencies;
        this.permissions = permissions;
        this.directory = directory;
        this.clock = clock;
        this.ackSlaDays = defaults.ackSlaDays();
        this.access = new InitiativeAccess(initiatives, permissions);
    }

    /** Status for dependencies where a team in {@code teams} is consumer or provider; empty means all teams. */
    public PortfolioStatus dependencyStatus(UserRef viewer, Set<Team> teams) {
        // Teams the viewer may not know about are treated exactly like teams that do not exist.
        SortedSet<Team> selected = new TreeSet<>(directory.selection(viewer, teams, TEAMS));
        // Every team's dependencies are in scope: a cycle through a selected team may pass through others.
        Judged judged = judge(viewer, status -> true);
        List<DependencyStatus> inScope = judged.visible.stream()
                .filter(s -> selected.contains(s.consumerTeam()) || selected.contains(s.providerTeam()))
                .toList();
        List<PortfolioRow> rows = new ArrayList<>(inScope.size());
        for (DependencyStatus status : inScope) {
            rows.add(new PortfolioRow(status, judged.initiatives.get(status.dependency().consumer())));
        }
        rows.sort(WORST_FIRST);
        List<SortedSet<Team>> cycles = TeamCycles.of(judged.visible).stream()
                .filter(cycle -> !Collections.disjoint(cycle, selected))
                .toList();
        return new PortfolioStatus(judged.asOf, selected, rows, HealthTally.of(inScope), TeamMatrix.of(inScope), cycles);
    }

    /** The initiative's own dependencies with their health, and its roll-up (empty without dependencies). */
    public InitiativeDependencies forInitiative(UserRef viewer, InitiativeKey key) {
        Initiative initiative = access.toView(viewer, key);
        // Only the initiative's own dependencies are asked about, so a panel costs a few permission checks.
        List<DependencyStatus> own = judge(viewer, s -> s.dependency().consumer().equals(key)).visible;
        Optional<Health> rollUp = own.stream().map(DependencyStatus::health).reduce(Health::worse);
        return new InitiativeDependencies(initiative, own, rollUp);
    }

    /** An initiative's dependencies as its viewer may see them. */
    public record InitiativeDependencies(Initiative initiative, List<DependencyStatus> dependencies,
                                         Optional<Health> rollUp) {
        public InitiativeDependencies {
            dependencies = List.copyOf(dependencies);
        }
    }

    private record Judged(Instant asOf, Map<InitiativeKey, Initiative> initiatives, List<DependencyStatus> visible) {
    }

    private Judged judge(UserRef viewer, java.util.function.Predicate<DependencyStatus> scope) {
        Instant asOf = clock.now();
        List<Initiative> initiatives = this.initiatives.findAll();
        Map<InitiativeKey, Instant> commitments = stages.firstCommitments();
        Map<InitiativeKey, Initiative> byKey = new HashMap<>(initiatives.size() * 2);
        List<InitiativeNode> nodes = new ArrayList<>(initiatives.size());
        for (Initiative initiative : initiatives) {
            byKey.put(initiative.key(), initiative);
            nodes.add(new InitiativeNode(initiative.key(), initiative.team(), initiative.stage(),
                    Optional.ofNullable(commitments.get(initiative.key()))));
        }
        // A dependency whose consumer is gone (issue deleted in the host) has nobody left to wait on it.
        List<Dependency> dependencies = this.dependencies.findAll().stream()
                .filter(d -> byKey.containsKey(d.consumer()))
                .toList();
        DependencyAnalysis analysis = DependencyGraph.analyse(nodes, dependencies,
                new HealthRules(clock.today(), clock.zone(), ackSlaDays));
        List<DependencyStatus> inScope = analysis.all().stream().filter(scope).toList();
        Set<InitiativeKey> mentioned = new HashSet<>();
        for (DependencyStatus status : inScope) {
            mentioned.add(status.dependency().consumer());
            status.dependency().providerIssue().ifPresent(mentioned::add);
            status.reasons().forEach(reason -> reason.via().ifPresent(mentioned::add));
        }
        Set<InitiativeKey> viewable = permissions.viewable(viewer, mentioned);
        List<DependencyStatus> visible = new ArrayList<>();
        for (DependencyStatus status : inScope) {
            if (viewable.contains(status.dependency().consumer())) {
                visible.add(redact(status, viewable));
            }
        }
        return new Judged(asOf, byKey, visible);
    }

    /** Removes keys of initiatives the viewer may not see from a status they may see. */
    private static DependencyStatus redact(DependencyStatus status, Collection<InitiativeKey> viewable) {
        Dependency dependency = status.dependency();
        boolean hideIssue = dependency.providerIssue().map(key -> !viewable.contains(key)).orElse(false);
        boolean hideVia = status.reasons().stream()
                .anyMatch(reason -> reason.via().map(key -> !viewable.contains(key)).orElse(false));
        if (!hideIssue && !hideVia) {
            return status;
        }
        NewDependency request = dependency.request();
        Dependency shown = hideIssue
                ? new Dependency(dependency.id(), new NewDependency(request.consumer(), request.providerTeam(),
                        Optional.empty(), request.description(), request.neededBy(), request.requestedBy(),
                        request.requestedAt()), dependency.history())
                : dependency;
        List<HealthReason> reasons = status.reasons().stream()
                .map(reason -> reason.via().map(key -> !viewable.contains(key)).orElse(false)
                        ? reason.withoutVia() : reason)
                .toList();
        return new DependencyStatus(shown, status.consumerTeam(), status.health(), reasons,
                status.lateDiscovered(), status.latency());
    }
}
