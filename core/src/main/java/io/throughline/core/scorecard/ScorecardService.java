package io.throughline.core.scorecard;

import io.throughline.core.common.Clock;
import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.Transactions;
import io.throughline.core.common.UserRef;
import io.throughline.core.contract.Contract;
import io.throughline.core.contract.ContractRecords;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.graph.DependencyGraph;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.graph.HealthRules;
import io.throughline.core.graph.InitiativeNode;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.PermissionCheck;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageChange;
import io.throughline.core.initiative.StageHistory;
import io.throughline.core.interaction.InteractionRepository;
import io.throughline.core.performance.Window;
import io.throughline.core.portfolio.DependencyStatusService;
import io.throughline.core.setting.SettingsRepository;
import io.throughline.core.signal.AcknowledgementWeeks;
import io.throughline.core.signal.SignalService;
import io.throughline.core.signal.SignalThresholds;
import io.throughline.core.trace.Trace;
import io.throughline.core.trace.TraceService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The operating scorecard. Each initiative's figures are kept as stored lines (its newest, and one a
 * week): recomputed for one initiative after a write that changes it ({@link #refresh}), for every
 * initiative when the day changes ({@link #snapshot}, the host's scheduled job, which also fills the
 * weeks it missed), and read for the whole portfolio in one read of the lines, one of the
 * initiatives and one bulk permission check ({@link #scorecard}). A line is derived: computing it
 * again from the histories gives it back, except the trace of a past day, which the host does not
 * keep (see {@link Trace#asOf}).
 */
public final class ScorecardService {

    /** How many weeks the job fills back when no weekly snapshot is stored yet. */
    public static final int FIRST_WEEKS = TeamSummary.WEEKS;

    private final InitiativeRepository initiatives;
    private final PermissionCheck permissions;
    private final TeamDirectory directory;
    private final StageHistory stages;
    private final EvidenceLedger evidence;
    private final ContractRecords contracts;
    private final DependencyRepository dependencies;
    private final InteractionRepository interactions;
    private final int ackSlaDays;
    private final TraceService traces;
    private final SignalService signals;
    private final SettingsRepository settings;
    private final ScorecardLines lines;
    private final Clock clock;
    private final Transactions transactions;
    private final Optional<DependencyStatusService> statuses;

    /** A scorecard that judges the whole dependency graph for each line it refreshes. */
    public ScorecardService(InitiativeRepository initiatives, PermissionCheck permissions, TeamDirectory directory,
                            StageHistory stages, EvidenceLedger evidence, ContractRecords contracts,
                            DependencyRepository dependencies, InteractionRepository interactions,
                            PolicyParameters defaults, TraceService traces, SignalService signals,
                            SettingsRepository settings, ScorecardLines lines, Clock clock, Transactions transactions) {
        this(initiatives, permissions, directory, stages, evidence, contracts, dependencies, interactions, defaults,
                traces, signals, settings, lines, clock, transactions, null);
    }

    /**
     * {@code statuses}: the stored dependency statuses, from which a line refreshed after a write takes
     * whether the initiatives its own dependencies wait on are blocked, judging only its own.
     */
    public ScorecardService(InitiativeRepository initiatives, PermissionCheck permissions, TeamDirectory directory,
                            StageHistory stages, EvidenceLedger evidence, ContractRecords contracts,
                            DependencyRepository dependencies, InteractionRepository interactions,
                            PolicyParameters defaults, TraceService traces, SignalService signals,
                            SettingsRepository settings, ScorecardLines lines, Clock clock, Transactions transactions,
                            DependencyStatusService statuses) {
        this.statuses = Optional.ofNullable(statuses).filter(DependencyStatusService::kept);
        this.initiatives = initiatives;
        this.permissions = permissions;
        this.directory = directory;
        this.stages = stages;
        this.evidence = evidence;
        this.contracts = contracts;
        this.dependencies = dependencies;
        this.interactions = interactions;
        this.ackSlaDays = defaults.ackSlaDays();
        this.traces = traces;
        this.signals = signals;
        this.settings = settings;
        this.lines = lines;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** The zone the scorecard's days are cut in (the host's). */
    public java.time.ZoneId zone() {
        return clock.zone();
    }

    /** A snapshot line's share done as the signals read it: none counts as 0 (no trace is not mostly done). */
    public static int percentDone(ScorecardLine line) {
        return line.delivery().percentDone().orElse(0);
    }

    /**
     * Recomputes and stores today's line of the initiative, after a write that changed what it shows
     * (a stage move, evidence, a dependency, a contract change); an initiative the app does not know
     * loses its lines. The host's work is read before the write's transaction opens.
     */
    public Optional<ScorecardLine> refresh(InitiativeKey key) {
        Optional<Initiative> initiative = initiatives.find(key);
        if (initiative.isEmpty()) {
            transactions.inOne(() -> {
                lines.remove(key);
                return null;
            });
            return Optional.empty();
        }
        Instant now = clock.now();
        LocalDate today = clock.today();
        // Its own dependencies judged now, the blocked-ness of what they wait on from the stored statuses
        // (refreshed just before, after the same write); the whole graph where none are kept.
        Map<InitiativeKey, List<DependencyStatus>> statuses = this.statuses
                .flatMap(kept -> kept.judgeFew(dependencies.findByConsumer(key)))
                .map(few -> Map.of(key, List.copyOf(few.analysis().all())))
                .orElseGet(() -> statusesAt(initiatives.findAll(), today, now));
        Optional<ScorecardLine> line = line(initiative.get(), traces.aggregate(key), today, now, now, statuses);
        line.ifPresent(this::store);
        return line;
    }

    /** What the day-change job did: the weeks it filled, the lines it stored, the initiatives that failed. */
    public record Snapshot(List<LocalDate> weeksFilled, int stored, List<InitiativeKey> failed) {
        public Snapshot {
            weeksFilled = List.copyOf(weeksFilled);
            failed = List.copyOf(failed);
        }
    }

    /**
     * The host's daily job: stores today's line of every initiative (health and signals depend on the
     * date), and first, for each initiative, the line of every week start of the last
     * {@value #FIRST_WEEKS} weeks that it lacks (a week the job missed, or before the app kept lines),
     * computed from the histories. Each initiative's work is read once. An initiative that fails is
     * reported and the others go on. Run it on one node at a time (the host's cluster-wide schedule).
     */
    public Snapshot snapshot() {
        Instant now = clock.now();
        LocalDate today = clock.today();
        LocalDate first = ScorecardDays.weekOf(today).minusWeeks(FIRST_WEEKS);
        List<Initiative> all = initiatives.findAll();
        Map<LocalDate, Map<InitiativeKey, List<DependencyStatus>>> statuses = new TreeMap<>();
        java.util.SortedSet<LocalDate> filled = new java.util.TreeSet<>();
        int stored = 0;
        List<InitiativeKey> failed = new ArrayList<>();
        for (Initiative initiative : all) {
            try {
                Trace trace = traces.aggregate(initiative.key());
                Set<LocalDate> kept = new java.util.HashSet<>();
                lines.weeks(initiative.key(), today, FIRST_WEEKS + 1).forEach(line -> kept.add(line.day()));
                for (LocalDate week = first; week.isBefore(today); week = week.plusWeeks(1)) {
                    if (kept.contains(week)) {
                        continue;
                    }
                    LocalDate day = week;
                    Instant end = ScorecardDays.end(day, clock.zone(), now);
                    Optional<ScorecardLine> line = line(initiative, trace, day, end, now,
                            statuses.computeIfAbsent(day, d -> statusesAt(all, d, end)));
                    if (line.isPresent()) {
                        store(line.get());
                        filled.add(day);
                        stored++;
                    }
                }
                Optional<ScorecardLine> line = line(initiative, trace, today, now, now,
                        statuses.computeIfAbsent(today, d -> statusesAt(all, d, now)));
                if (line.isPresent()) {
                    store(line.get());
                    stored++;
                }
            } catch (RuntimeException e) {
                failed.add(initiative.key());
            }
        }
        return new Snapshot(List.copyOf(filled), stored, failed);
    }

    /**
     * The scorecard as the viewer may see it, as of the end of the day asked (today by default):
     * each initiative's newest line of that day or before, the trends against the lines
     * {@value Trend#WEEKS} weeks earlier, filtered and ordered as asked, and a row per team. An
     * initiative without any line yet (new since the job last ran) has its line computed and stored.
     *
     * @throws ThroughlineException.InvalidInput on {@code asOf} for a day after today, on {@code team}
     *     for a team the viewer may not know about
     */
    public Scorecard scorecard(UserRef viewer, ScorecardQuery query) {
        Instant now = clock.now();
        LocalDate today = clock.today();
        LocalDate day = query.asOf().orElse(today);
        if (day.isAfter(today)) {
            FieldErrors errors = new FieldErrors();
            errors.add(ScorecardQuery.AS_OF, "throughline.scorecard.as-of.future", day.toString(), today.toString());
            errors.throwIfAny();
        }
        SortedSet<Team> selected = directory.selection(viewer, query.teams(), ScorecardQuery.TEAM);
        List<Initiative> all = initiatives.findAll();
        List<Initiative> inTeams = all.stream().filter(i -> selected.contains(i.team())).toList();
        Set<InitiativeKey> viewable = permissions.viewable(viewer, inTeams.stream().map(Initiative::key).toList());
        Map<InitiativeKey, ScorecardLine> current = byKey(lines.asOf(day));
        if (day.equals(today)) {
            fillMissing(all, inTeams, viewable, current, now, today);
        }
        Map<InitiativeKey, ScorecardLine> before = byKey(lines.asOf(day.minusWeeks(Trend.WEEKS)));
        List<ScorecardRow> rows = new ArrayList<>();
        for (Initiative initiative : inTeams) {
            ScorecardLine line = current.get(initiative.key());
            if (line == null || !viewable.contains(initiative.key()) || !matches(query, initiative, line)) {
                continue;
            }
            rows.add(new ScorecardRow(line, initiative.summary(), initiative.owner(),
                    Trend.all(line, Optional.ofNullable(before.get(initiative.key())))));
        }
        rows.sort(query.sort().order(query.descending()));
        Optional<Instant> oldest = rows.stream().map(row -> row.line().computedAt()).min(Comparator.naturalOrder());
        return new Scorecard(day, day.minusWeeks(Trend.WEEKS), oldest, selected, rows,
                teamRows(rows, ScorecardDays.end(day, clock.zone(), now)));
    }

    /**
     * Every stored line as of the end of {@code day}, by initiative: its newest line of that day or before
     * (one read). For today, the {@code wanted} initiatives without any line yet have theirs computed and
     * stored first, as {@link #scorecard} does; {@code all} is every initiative (their dependencies are
     * judged together). The digest reads the signals of its window's two ends so.
     */
    public Map<InitiativeKey, ScorecardLine> linesAsOf(LocalDate day, List<Initiative> all, Set<InitiativeKey> wanted) {
        Map<InitiativeKey, ScorecardLine> current = byKey(lines.asOf(day));
        LocalDate today = clock.today();
        if (day.equals(today)) {
            fillMissing(all, all, wanted, current, clock.now(), today);
        }
        return current;
    }

    private void fillMissing(List<Initiative> all, List<Initiative> inTeams, Set<InitiativeKey> viewable,
                             Map<InitiativeKey, ScorecardLine> current, Instant now, LocalDate today) {
        List<Initiative> missing = inTeams.stream()
                .filter(i -> viewable.contains(i.key()) && !current.containsKey(i.key())).toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<InitiativeKey, List<DependencyStatus>> statuses = statusesAt(all, today, now);
        for (Initiative initiative : missing) {
            line(initiative, traces.aggregate(initiative.key()), today, now, now, statuses).ifPresent(line -> {
                store(line);
                current.put(line.initiative(), line);
            });
        }
    }

    private static boolean matches(ScorecardQuery query, Initiative initiative, ScorecardLine line) {
        return (query.stages().isEmpty() || query.stages().contains(line.stage()))
                && query.owner().map(owner -> initiative.owner().map(UserRef::key).filter(owner::equals).isPresent())
                        .orElse(true)
                && query.health().map(h -> line.coordination().worstHealth().filter(h::equals).isPresent()).orElse(true)
                && query.signal().map(line::raises).orElse(true);
    }

    private List<TeamSummary> teamRows(List<ScorecardRow> rows, Instant end) {
        Map<Team, List<ScorecardLine>> byTeam = new TreeMap<>();
        for (ScorecardRow row : rows) {
            byTeam.computeIfAbsent(row.line().team(), t -> new ArrayList<>()).add(row.line());
        }
        if (byTeam.isEmpty()) {
            return List.of();
        }
        Map<Team, List<Dependency>> requests = new HashMap<>();
        for (Dependency dependency : dependencies.findAll()) {
            if (byTeam.containsKey(dependency.providerTeam())) {
                dependency.asOf(end).filter(d -> !d.state().isWithdrawn())
                        .ifPresent(d -> requests.computeIfAbsent(d.providerTeam(), t -> new ArrayList<>()).add(d));
            }
        }
        List<TeamSummary> summaries = new ArrayList<>();
        byTeam.forEach((team, teamLines) -> summaries.add(summary(team, teamLines,
                requests.getOrDefault(team, List.of()), end)));
        return summaries;
    }

    static TeamSummary summary(Team team, List<ScorecardLine> teamLines, List<Dependency> requests, Instant end) {
        int items = 0;
        int done = 0;
        int deployments = 0;
        int failed = 0;
        int all = 0;
        int open = 0;
        int late = 0;
        int without = 0;
        int raised = 0;
        Optional<io.throughline.core.graph.Health> worst = Optional.empty();
        List<Long> decisions = new ArrayList<>();
        for (ScorecardLine line : teamLines) {
            items += line.delivery().items();
            done += line.delivery().done();
            deployments += line.delivery().deployments();
            failed += line.delivery().failed();
            all += line.coordination().dependencies();
            open += line.coordination().openDependencies();
            late += line.coordination().lateDiscovered();
            without += line.coordination().withoutContract();
            raised += line.signals().size();
            Optional<io.throughline.core.graph.Health> health = line.coordination().worstHealth();
            if (health.isPresent()) {
                worst = Optional.of(worst.map(w -> w.worse(health.get())).orElse(health.get()));
            }
            line.coordination().decisionDays().ifPresent(decisions::add);
        }
        decisions.sort(Comparator.naturalOrder());
        return new TeamSummary(team, teamLines.size(), items, done, deployments, failed, all, open, worst, late,
                without, raised, rank(decisions, 50), rank(decisions, 90),
                AcknowledgementWeeks.weekly(requests, end, TeamSummary.WEEKS, Dependency::acknowledgedAt),
                AcknowledgementWeeks.weekly(requests, end, TeamSummary.WEEKS, Dependency::deliveredAt));
    }

    /** The nearest-rank percentile of sorted values; empty for none. */
    static Optional<Long> rank(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(1, rank) - 1));
    }

    /** The initiative's line of {@code day}, computed from its histories cut at {@code end}; empty before it existed. */
    private Optional<ScorecardLine> line(Initiative current, Trace trace, LocalDate day, Instant end, Instant now,
                                         Map<InitiativeKey, List<DependencyStatus>> statuses) {
        InitiativeKey key = current.key();
        List<StageChange> recorded = stages.changesFor(key);
        List<StageChange> history = LineFacts.changesBefore(recorded, end);
        if (history.isEmpty() && !recorded.isEmpty()) {
            return Optional.empty();
        }
        Stage stage = history.isEmpty() ? current.stage() : history.get(history.size() - 1).to();
        Initiative then = current.withStage(stage);
        Ledger ledger = LineFacts.ledgerBefore(evidence.entriesFor(key), end);
        Optional<Contract> contract = LineFacts.contractBefore(then, contracts.commitmentsFor(key),
                contracts.changesFor(key), ledger, end);
        Trace traceThen = trace.asOf(end);
        int weeks = SignalThresholds.of(settings.current()).mostlyDoneWeeks();
        List<Integer> weekly = new ArrayList<>(lines.weeks(key, day, weeks + 1).stream()
                .filter(line -> !line.day().equals(day)).map(ScorecardService::percentDone).toList());
        if (ScorecardDays.startsWeek(day)) {
            weekly.add(traceThen.progress().percentDone().orElse(0));
        }
        List<Integer> lastWeeks = weekly.subList(Math.max(0, weekly.size() - weeks), weekly.size());
        SignalService.Judged judged = signals.judgeAt(then, history, traceThen, ledger, contract, end, lastWeeks,
                List.of(Window.last(ScorecardLine.DELIVERY_DAYS, end)));
        return Optional.of(new ScorecardLine(key, current.team(), day, now, stage,
                LineFacts.stageSince(history).orElse(now), LineFacts.outcome(then, ledger),
                LineFacts.delivery(traceThen.progress(), judged.figures().get(0)),
                LineFacts.coordination(history, statuses.getOrDefault(key, List.of())), judged.raised()));
    }

    /** Every dependency judged as it stood at {@code end} (health by the day's date), by consumer; withdrawn ones left out. */
    private Map<InitiativeKey, List<DependencyStatus>> statusesAt(List<Initiative> all, LocalDate day, Instant end) {
        Map<InitiativeKey, Instant> commitments = stages.firstCommitments();
        Map<InitiativeKey, Initiative> known = new HashMap<>(all.size() * 2);
        List<InitiativeNode> nodes = new ArrayList<>(all.size());
        for (Initiative initiative : all) {
            known.put(initiative.key(), initiative);
            nodes.add(new InitiativeNode(initiative.key(), initiative.team(), initiative.stage(),
                    Optional.ofNullable(commitments.get(initiative.key())).filter(at -> !at.isAfter(end))));
        }
        List<Dependency> then = new ArrayList<>();
        for (Dependency dependency : dependencies.findAll()) {
            dependency.asOf(end).filter(d -> known.containsKey(d.consumer()) && !d.state().isWithdrawn())
                    .ifPresent(then::add);
        }
        Map<InitiativeKey, List<DependencyStatus>> byConsumer = new HashMap<>();
        for (DependencyStatus status : DependencyGraph.analyse(nodes, then,
                new HealthRules(day, clock.zone(), ackSlaDays, interactions.table())).all()) {
            byConsumer.computeIfAbsent(status.dependency().consumer(), k -> new ArrayList<>()).add(status);
        }
        return byConsumer;
    }

    private void store(ScorecardLine line) {
        try {
            put(line);
        } catch (ThroughlineException.Conflict raced) {
            // Another node stored this line at the same moment: the second try keeps whichever is newer.
            put(line);
        }
    }

    private void put(ScorecardLine line) {
        transactions.inOne(() -> {
            lines.put(line);
            return null;
        });
    }

    private static Map<InitiativeKey, ScorecardLine> byKey(List<ScorecardLine> stored) {
        Map<InitiativeKey, ScorecardLine> map = new HashMap<>(stored.size() * 2);
        for (ScorecardLine line : stored) {
            map.put(line.initiative(), line);
        }
        return map;
    }
}
