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
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.graph.Health;
import io.throughline.core.graph.HealthReason;
import io.throughline.core.graph.HealthTally;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Dependency health across the portfolio, permission-filtered for the viewer. Health is judged over
 * the whole graph (blocking travels through teams the viewer did not ask about): read from the stored
 * statuses where the host keeps them ({@link DependencyStatusService}), judged on the spot otherwise;
 * only what the viewer may see is returned, and keys of initiatives they may not see are removed.
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

    private static final Set<Health> EVERY_HEALTH = Collections.unmodifiableSet(EnumSet.allOf(Health.class));

    private final InitiativeRepository initiatives;
    private final DependencyRepository dependencies;
    private final PermissionCheck permissions;
    private final TeamDirectory directory;
    private final Clock clock;
    private final InitiativeAccess access;
    private final InteractionRepository interactions;
    private final DependencyStatusService statuses;

    /** A portfolio without interaction modes: every pair has the default SLA and no interaction contract. */
    public PortfolioService(InitiativeRepository initiatives, StageHistory stages, DependencyRepository dependencies,
            PermissionCheck permissions, TeamDirectory directory, Clock clock, PolicyParameters defaults) {
        this(initiatives, stages, dependencies, permissions, directory, clock, defaults, InteractionRepository.NONE);
    }

    /**
     * {@code interactions}: the admin's declared pairs, whose SLA wins over {@code defaults.ackSlaDays()}.
     * No statuses are kept: every view judges the whole graph.
     */
    public PortfolioService(InitiativeRepository initiatives, StageHistory stages, DependencyRepository dependencies,
            PermissionCheck permissions, TeamDirectory directory, Clock clock, PolicyParameters defaults,
            InteractionRepository interactions) {
        this(initiatives, dependencies, permissions, directory, clock, interactions,
                new DependencyStatusService(initiatives, stages, dependencies, interactions, defaults,
                        DependencyStatuses.NONE, clock, Supplier::get));
    }

    /**
     * Views that read the stored statuses {@code statuses} keeps (judging the whole graph only before
     * anything was stored, or when what is stored is older than yesterday).
     */
    public PortfolioService(InitiativeRepository initiatives, DependencyRepository dependencies,
            PermissionCheck permissions, TeamDirectory directory, Clock clock, InteractionRepository interactions,
            DependencyStatusService statuses) {
        this.interactions = interactions;
        this.initiatives = initiatives;
        this.dependencies = dependencies;
        this.permissions = permissions;
        this.directory = directory;
        this.clock = clock;
        this.statuses = statuses;
        this.access = new InitiativeAccess(initiatives, permissions);
    }

    /** Status for dependencies where a team in {@code teams} is consumer or provider; empty means all teams. */
    public PortfolioStatus dependencyStatus(UserRef viewer, Set<Team> teams) {
        return dependencyStatus(viewer, teams, EVERY_HEALTH, Integer.MAX_VALUE);
    }

    /**
     * {@link #dependencyStatus(UserRef, Set)} listing only the rows of the {@code listed} healths, at most
     * {@code limit} of them, worst first; summary, matrix and cycles still cover every dependency in scope.
     * With stored statuses this reads them in one statement, and the requests and consumers of the rows
     * listed only.
     */
    public PortfolioStatus dependencyStatus(UserRef viewer, Set<Team> teams, Set<Health> listed, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("a row limit cannot be negative: " + limit);
        }
        // Teams the viewer may not know about are treated exactly like teams that do not exist.
        SortedSet<Team> selected = new TreeSet<>(directory.selection(viewer, teams, TEAMS));
        Optional<List<StoredStatus>> stored = current();
        if (stored.isPresent()) {
            return stored().portfolio(viewer, selected, stored.get(), listed, limit);
        }
        // Every team's dependencies are in scope: a cycle through a selected team may pass through others.
        Judged judged = judge(viewer, status -> true, status -> false);
        List<DependencyStatus> inScope = judged.visible.stream()
                .filter(s -> selected.contains(s.consumerTeam()) || selected.contains(s.providerTeam()))
                .toList();
        List<PortfolioRow> rows = new ArrayList<>(inScope.size());
        for (DependencyStatus status : inScope) {
            if (listed.contains(status.health())) {
                rows.add(new PortfolioRow(status, judged.initiatives.get(status.dependency().consumer())));
            }
        }
        rows.sort(WORST_FIRST);
        List<SortedSet<Team>> cycles = TeamCycles.of(judged.visible).stream()
                .filter(cycle -> !Collections.disjoint(cycle, selected))
                .toList();
        return new PortfolioStatus(judged.asOf, selected, rows.subList(0, Math.min(limit, rows.size())),
                HealthTally.of(inScope), TeamMatrix.of(inScope), cycles, rows.size());
    }

    private StoredView stored() {
        return new StoredView(initiatives, dependencies, permissions, interactions, clock);
    }

    /** The stored statuses when they can be used: something is stored, judged as of yesterday or today. */
    private Optional<List<StoredStatus>> current() {
        if (!statuses.kept()) {
            return Optional.empty();
        }
        List<StoredStatus> stored = statuses.statuses().all();
        LocalDate today = clock.today();
        if (stored.isEmpty() || stored.stream().anyMatch(s -> !DependencyStatusService.fresh(s.judgedOn(), today))) {
            return Optional.empty();
        }
        return Optional.of(stored);
    }

    /**
     * The initiative's own dependencies with their health, and its roll-up (empty without dependencies).
     * With stored statuses only its own dependencies are judged (as of today), whether the initiatives
     * they wait on are blocked coming from the store.
     */
    public InitiativeDependencies forInitiative(UserRef viewer, InitiativeKey key) {
        Initiative initiative = access.toView(viewer, key);
        List<Dependency> all = dependencies.findByConsumer(key);
        // Only the initiative's own dependencies are asked about, so a panel costs a few permission checks.
        List<DependencyStatus> judged = statuses.judgeFew(all).map(few -> List.copyOf(few.analysis().all()))
                .orElseGet(() -> judgeAll().analysis().all().stream()
                        .filter(s -> s.dependency().consumer().equals(key)).toList());
        List<DependencyStatus> own = shown(viewer, judged, s -> false);
        Optional<Health> rollUp = own.stream().map(DependencyStatus::health).reduce(Health::worse);
        List<Dependency> withdrawn = all.stream()
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
     * is refused as if it did not exist; one they know but do not act for is forbidden. With stored
     * statuses it reads them (one statement) and the team's requests in full.
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
        Optional<List<StoredStatus>> stored = current();
        if (stored.isPresent()) {
            return stored().requestsTo(viewer, team, stored.get()).stream()
                    .map(row -> new TeamRequest(row.status(), row.consumer()))
                    .sorted(Comparator.comparing(TeamRequest::status, WAITING_FIRST))
                    .toList();
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
        Optional<DependencyStatusService.Judged> few = statuses.judgeFew(List.of(dependency));
        DependencyStatusService.Judged judged = few.orElseGet(this::judgeAll);
        List<DependencyStatus> inScope = judged.analysis().all().stream()
                .filter(s -> s.dependency().id().equals(dependency.id())).toList();
        return shown(viewer, inScope, s -> true).stream().findFirst()
                .map(status -> new TeamRequest(status, judged.initiatives().get(status.dependency().consumer())));
    }

    /** A request as its providing team sees it: the dependency judged, and of the consumer only key, summary, team. */
    public record TeamRequest(DependencyStatus status, String consumerSummary, Team consumerTeam) {
        TeamRequest(DependencyStatus status, Initiative consumer) {
            this(status, consumer.summary(), consumer.team());
        }
    }

    private record Judged(Instant asOf, Map<InitiativeKey, Initiative> initiatives, List<DependencyStatus> visible) {
    }

    /**
     * The whole graph judged as of today: stored as the statuses when the host keeps them (nothing was
     * stored yet, or what is stored is older than yesterday), only judged otherwise.
     */
    private DependencyStatusService.Judged judgeAll() {
        return statuses.rejudgeAll();
    }

    /** Judges the whole graph; shows what is in scope and either viewable through its consumer or {@code alsoShown}. */
    private Judged judge(UserRef viewer, Predicate<DependencyStatus> scope, Predicate<DependencyStatus> alsoShown) {
        DependencyStatusService.Judged judged = judgeAll();
        List<DependencyStatus> inScope = judged.analysis().all().stream().filter(scope).toList();
        return new Judged(judged.at(), judged.initiatives(), shown(viewer, inScope, alsoShown));
    }

    /** The statuses viewable through their consumer or {@code alsoShown}, keys the viewer may not see removed. */
    private List<DependencyStatus> shown(UserRef viewer, List<DependencyStatus> inScope,
                                         Predicate<DependencyStatus> alsoShown) {
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
        return visible;
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
    static DependencyStatus redact(DependencyStatus status, Collection<InitiativeKey> viewable) {
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
