package io.throughline.core.portfolio;

import io.throughline.core.common.Clock;
import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.ThroughlineException;
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
import io.throughline.core.interaction.InteractionRepository;
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

    /** Unanswered requests first, then commitments; each by needed-by, then by id. */
    private static final Comparator<DependencyStatus> WAITING_FIRST = Comparator
            .comparing((DependencyStatus s) -> s.dependency().state() != io.throughline.core.dependency.DependencyState.REQUESTED)
            .thenComparing(s -> s.dependency().neededBy())
            .thenComparingLong(s -> s.dependency().id().value());

    private final InitiativeRepository initiatives;
    private final StageHistory stages;
    private final DependencyRepository dependencies;
    private final PermissionCheck permissions;
    private final TeamDirectory directory;
    private final Clock clock;
    private final int ackSlaDays;
    private final InitiativeAccess access;
    private final InteractionRepository interactions;

    /** A portfolio without interaction modes: every pair has the default SLA and no interaction contract. */
    public PortfolioService(InitiativeRepository initiatives, StageHistory stages, DependencyRepository dependencies,
            PermissionCheck permissions, TeamDirectory directory, Clock clock, PolicyParameters defaults) {
        this(initiatives, stages, dependencies, permissions, directory, clock, defaults, InteractionRepository.NONE);
    }

    /** {@code interactions}: the admin's declared pairs, whose SLA wins over {@code defaults.ackSlaDays()}. */
    public PortfolioService(InitiativeRepository initiatives, StageHistory stages, DependencyRepository dependencies,
            PermissionCheck permissions, TeamDirectory directory, Clock clock, PolicyParameters defaults,
            InteractionRepository interactions) {
        this.interactions = interactions;
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
        List<Dependency> withdrawn = dependencies.findByConsumer(key).stream()
                .filter(d -> d.state().isWithdrawn())
                .map(d -> redact(d, permissions.viewable(viewer, d.providerIssue().stream().toList())))
                .toList();
        return new InitiativeDependencies(initiative, own, rollUp, withdrawn);
    }

    /**
     * An initiative's dependencies as its viewer may see them: those judged (with the roll-up) and,
     * apart, those withdrawn, which count nowhere but stay on record.
     */
    public record InitiativeDependencies(Initiative initiative, List<DependencyStatus> dependencies,
                                         Optional<Health> rollUp, List<Dependency> withdrawn) {
        public InitiativeDependencies {
            dependencies = List.copyOf(dependencies);
            withdrawn = List.copyOf(withdrawn);
        }
    }

    /**
     * The teams whose requests the viewer answers: every known team they may act for (the same
     * question {@link #requestsOf} and the provider's answers ask), in name order.
     */
    public SortedSet<Team> teamsActedFor(UserRef viewer) {
        SortedSet<Team> acted = new TreeSet<>();
        for (Team team : directory.teams()) {
            if (permissions.canActForTeam(viewer, team)) {
                acted.add(team);
            }
        }
        return Collections.unmodifiableSortedSet(acted);
    }

    /**
     * The requests waiting on a team (requested first, then committed, each by needed-by), for its
     * members and admins: each with the consumer's key, summary and team, even where the member may
     * not see the consumer initiative, and nothing else of it. A team the viewer may not know about
     * is refused as if it did not exist; one they know but do not act for is forbidden.
     */
    public List<TeamRequest> requestsOf(UserRef viewer, String teamName) {
        Team team = TeamDirectory.match(directory.teams(), teamName)
                .filter(found -> permissions.canActForTeam(viewer, found)
                        || directory.teamsVisibleTo(viewer).contains(found))
                .orElseThrow(() -> new ThroughlineException.NotFound(
                        Message.of("throughline.error.team-not-found", String.valueOf(teamName).strip())));
        if (!permissions.canActForTeam(viewer, team)) {
            throw new ThroughlineException.Forbidden(Message.of("throughline.error.not-team-member", team.name()));
        }
        Judged judged = judge(viewer, s -> s.providerTeam().equals(team) && s.dependency().state().isOpen(),
                s -> true);
        return judged.visible.stream()
                .sorted(WAITING_FIRST)
                .map(status -> new TeamRequest(status, judged.initiatives.get(status.dependency().consumer())))
                .toList();
    }

    /**
     * One dependency as a member of its providing team sees it (after they answered it), with its
     * health; empty when the viewer does not act for the team or the dependency was withdrawn.
     */
    public Optional<TeamRequest> asProvider(UserRef viewer, Dependency dependency) {
        if (!permissions.canActForTeam(viewer, dependency.providerTeam())) {
            return Optional.empty();
        }
        Judged judged = judge(viewer, s -> s.dependency().id().equals(dependency.id()), s -> true);
        return judged.visible.stream().findFirst()
                .map(status -> new TeamRequest(status, judged.initiatives.get(status.dependency().consumer())));
    }

    /** A request as its providing team sees it: the dependency judged, and of the consumer only key, summary, team. */
    public record TeamRequest(DependencyStatus status, String consumerSummary, Team consumerTeam) {
        TeamRequest(DependencyStatus status, Initiative consumer) {
            this(status, consumer.summary(), consumer.team());
        }
    }

    private record Judged(Instant asOf, Map<InitiativeKey, Initiative> initiatives, List<DependencyStatus> visible) {
    }

    private Judged judge(UserRef viewer, java.util.function.Predicate<DependencyStatus> scope) {
        return judge(viewer, scope, s -> false);
    }

    /** Judges the whole graph; shows what is in scope and either viewable through its consumer or {@code alsoShown}. */
    private Judged judge(UserRef viewer, java.util.function.Predicate<DependencyStatus> scope,
                         java.util.function.Predicate<DependencyStatus> alsoShown) {
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
                .filter(d -> byKey.containsKey(d.consumer()) && !d.state().isWithdrawn())
                .toList();
        DependencyAnalysis analysis = DependencyGraph.analyse(nodes, dependencies,
                new HealthRules(clock.today(), clock.zone(), ackSlaDays, interactions.table()));
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
            if (viewable.contains(status.dependency().consumer()) || alsoShown.test(status)) {
                visible.add(redact(status, viewable));
            }
        }
        return new Judged(asOf, byKey, visible);
    }

    /** The dependency without its provider issue when the viewer may not see that issue. */
    private static Dependency redact(Dependency dependency, Collection<InitiativeKey> viewable) {
        if (dependency.providerIssue().map(viewable::contains).orElse(true)) {
            return dependency;
        }
        NewDependency request = dependency.request();
        return new Dependency(dependency.id(), new NewDependency(request.consumer(), request.providerTeam(),
                Optional.empty(), request.description(), request.neededBy(), request.requestedBy(),
                request.requestedAt()), dependency.history());
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
        Dependency shown = redact(dependency, viewable);
        List<HealthReason> reasons = status.reasons().stream()
                .map(reason -> reason.via().map(key -> !viewable.contains(key)).orElse(false)
                        ? reason.withoutVia() : reason)
                .toList();
        return new DependencyStatus(shown, status.consumerTeam(), status.health(), reasons,
                status.lateDiscovered(), status.latency(), status.interaction());
    }
}
