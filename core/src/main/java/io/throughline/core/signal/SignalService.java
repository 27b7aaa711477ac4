package io.throughline.core.signal;

import io.throughline.core.common.Clock;
import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.contract.Contract;
import io.throughline.core.contract.ContractService;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.StageChange;
import io.throughline.core.initiative.StageHistory;
import io.throughline.core.metric.Direction;
import io.throughline.core.metric.MetricParse;
import io.throughline.core.metric.SuccessMetric;
import io.throughline.core.metric.SuccessMetricParser;
import io.throughline.core.performance.DeliveryPerformance;
import io.throughline.core.performance.PerformanceService;
import io.throughline.core.performance.Window;
import io.throughline.core.setting.SettingsRepository;
import io.throughline.core.trace.StatusCategory;
import io.throughline.core.trace.Trace;
import io.throughline.core.trace.TraceService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The signals of one initiative as its viewer may see it: the facts gathered from the stage history,
 * the evidence, the contract, the trace as the viewer sees it and the delivery events attributed
 * through it (one read of the events for every window), then judged by {@link Signals}; and a
 * team's, from the history of the requests to it. {@link Signal#MOSTLY_DONE} reads the share done
 * of the initiative's weekly scorecard snapshots.
 */
public final class SignalService {

    /** The window of {@link Signal#SHIPPED_WITHOUT_DEPLOYMENT}. */
    static final int YEAR_DAYS = 365;

    private final InitiativeAccess access;
    private final StageHistory stages;
    private final EvidenceLedger evidence;
    private final ContractService contracts;
    private final TraceService traces;
    private final PerformanceService performance;
    private final SettingsRepository settings;
    private final Clock clock;
    private final DependencyRepository dependencies;
    private final TeamDirectory teams;
    private final WeeklyProgress weekly;

    public SignalService(InitiativeAccess access, StageHistory stages, EvidenceLedger evidence,
                         ContractService contracts, TraceService traces, PerformanceService performance,
                         SettingsRepository settings, Clock clock, DependencyRepository dependencies,
                         TeamDirectory teams, WeeklyProgress weekly) {
        this.weekly = weekly;
        this.dependencies = dependencies;
        this.teams = teams;
        this.access = access;
        this.stages = stages;
        this.evidence = evidence;
        this.contracts = contracts;
        this.traces = traces;
        this.performance = performance;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The signals of an initiative the viewer may see.
     *
     * @throws io.throughline.core.common.ThroughlineException.NotFound for one they may not see
     */
    public InitiativeSignals forInitiative(UserRef viewer, InitiativeKey key) {
        Initiative initiative = access.toView(viewer, key);
        Ledger ledger = new Ledger(evidence.entriesFor(key));
        return judge(initiative, traces.trace(viewer, key), ledger, contracts.inForce(initiative, ledger),
                Optional.empty()).signals();
    }

    /** The signals, and the delivery figures over the panel's window read with them. */
    public record WithFigures(InitiativeSignals signals, DeliveryPerformance figures) {
    }

    /**
     * For a caller that has already read the initiative's trace, ledger and contract as its viewer
     * (the panel): its signals, and from the same read of the events the figures over the last
     * {@code figureDays} (7 to 365) that the panel shows beside them.
     */
    public WithFigures forPanel(Initiative initiative, Trace trace, Ledger ledger, Optional<Contract> contract,
                                int figureDays) {
        return judge(initiative, trace, ledger, contract, Optional.of(figureDays));
    }

    /**
     * The signals of a team the viewer may know about: {@link Signal#COORDINATION_DEBT}, judged on the
     * weekly median acknowledgement latency of the requests to it (withdrawn ones left out). The
     * series holds only medians, never a request, so a viewer who may know the team may see it.
     *
     * @throws ThroughlineException.NotFound for a team the viewer may not know about, or that does not exist
     */
    public TeamSignals forTeam(UserRef viewer, String teamName) {
        Team team = TeamDirectory.match(teams.teamsVisibleTo(viewer), teamName).orElseThrow(() ->
                new ThroughlineException.NotFound(Message.of("throughline.error.team-not-found",
                        String.valueOf(teamName).strip())));
        Instant now = clock.now();
        SignalThresholds limits = SignalThresholds.of(settings.current());
        List<Dependency> requests = dependencies.findAll().stream()
                .filter(d -> d.providerTeam().equals(team) && !d.state().isWithdrawn()).toList();
        List<Optional<BigDecimal>> weeks = AcknowledgementWeeks.medians(requests, now, limits.coordinationWeeks() + 1);
        return new TeamSignals(team, now, Signals.coordinationDebt(weeks, limits).stream().toList(), weeks);
    }

    /** Judges the facts now; with {@code figureDays}, also the figures over that window, from the same read. */
    private WithFigures judge(Initiative initiative, Trace trace, Ledger ledger, Optional<Contract> contract,
                              Optional<Integer> figureDays) {
        Instant now = clock.now();
        SignalThresholds limits = SignalThresholds.of(settings.current());
        List<Integer> weeks = weekly.percentDone(initiative.key(), now.atZone(clock.zone()).toLocalDate(),
                limits.mostlyDoneWeeks());
        List<Window> extra = figureDays.map(days -> List.of(Window.last(PerformanceService.checkedDays(days), now)))
                .orElse(List.of());
        Judged judged = judgeAt(initiative, stages.changesFor(initiative.key()), trace, ledger, contract, now, weeks,
                extra);
        return new WithFigures(new InitiativeSignals(initiative.key(), now, judged.raised()),
                figureDays.isPresent() ? judged.figures().get(0) : null);
    }

    /** The signals raised, and the figures over the windows asked for, in their order. */
    public record Judged(List<SignalVerdict> raised, List<DeliveryPerformance> figures) {
        public Judged {
            raised = List.copyOf(raised);
            figures = List.copyOf(figures);
        }
    }

    /**
     * The signals at {@code at}, on facts the caller gathered as they stood then (the scorecard's
     * lines, of today or of a past day): the initiative in its stage of then, its stage changes up to
     * then, its trace, ledger and contract of then, and the share done of its weekly snapshots up to
     * then (oldest first). The events attributed through the trace are read once, for the signals'
     * windows ending at {@code at} and for {@code extra}, whose figures are returned.
     */
    public Judged judgeAt(Initiative initiative, List<StageChange> history, Trace trace, Ledger ledger,
                          Optional<Contract> contract, Instant at, List<Integer> weeklyPercentDone, List<Window> extra) {
        SignalThresholds limits = SignalThresholds.of(settings.current());
        List<Window> windows = new ArrayList<>(List.of(Window.last(YEAR_DAYS, at),
                Window.last(limits.speedWindowDays(), at),
                Window.last(limits.speedWindowDays(), at.minus(Duration.ofDays(limits.speedWindowDays()))),
                Window.last(limits.outputDays(), at)));
        windows.addAll(extra);
        List<DeliveryPerformance> figures = performance.forTrace(trace, windows);
        InitiativeFacts facts = facts(initiative, history, trace, ledger, contract, limits, at, figures,
                weeklyPercentDone);
        return new Judged(Signals.judge(facts, limits, at, clock.zone()), figures.subList(4, figures.size()));
    }

    /** {@code figures}: over the year, the speed window, the one before it and the output window, in that order. */
    private InitiativeFacts facts(Initiative initiative, List<StageChange> history, Trace trace, Ledger ledger,
                                  Optional<Contract> contract, SignalThresholds limits, Instant now,
                                  List<DeliveryPerformance> figures, List<Integer> weeklyPercentDone) {
        Instant stageSince = history.stream().filter(change -> change.to() == initiative.stage())
                .map(StageChange::at).max(Comparator.naturalOrder())
                .orElseGet(() -> history.stream().map(StageChange::at).min(Comparator.naturalOrder()).orElse(now));
        Window year = figures.get(0).window();
        DeliveryPerformance before = figures.get(2);
        DeliveryPerformance current = figures.get(1);
        InitiativeFacts.Speed speed = new InitiativeFacts.Speed(current.deployments(),
                Optional.ofNullable(current.changeFailRate().rate()), before.deployments(),
                Optional.ofNullable(before.changeFailRate().rate()));

        Optional<LocalDate> horizon = initiative.evidenceHorizon().map(EvidenceHorizon::date);
        boolean readingByHorizon = horizon.map(by -> readings(ledger).anyMatch(e -> !e.observedOn().isAfter(by)))
                .orElse(false);
        Optional<Instant> lastEvidence = ledger.current().stream().map(EvidenceEntry::recordedAt)
                .max(Comparator.naturalOrder());
        int unaccepted = contract
                .map(inForce -> (int) inForce.changes().stream().filter(c -> c.acceptedBy().isEmpty()).count())
                .orElse(0);
        return new InitiativeFacts(initiative.stage(), stageSince, Optional.of(trace.progress()), trace.lastActivity(),
                allDoneSince(trace), weeklyPercentDone, horizon, readingByHorizon,
                performance.receivesEvents(year.from(), year.to()), figures.get(0).deployments(), Optional.of(speed),
                figures.get(3).deployments(), outcomeMoved(initiative, ledger, now.minus(Duration.ofDays(limits.outcomeDays()))),
                lastEvidence, unaccepted);
    }

    /** When the last item was done, if every item of the trace is. */
    private static Optional<Instant> allDoneSince(Trace trace) {
        if (trace.items().isEmpty()
                || trace.items().stream().anyMatch(item -> item.category() != StatusCategory.DONE)) {
            return Optional.empty();
        }
        return trace.items().stream().map(item -> item.resolvedAt().orElse(item.updatedAt()))
                .max(Comparator.naturalOrder());
    }

    /**
     * Whether a reading recorded since {@code since} is nearer the target than the reading before it
     * (the baseline, for the first one): the metric moved toward where the bet said it would.
     */
    static boolean outcomeMoved(Initiative initiative, Ledger ledger, Instant since) {
        Optional<SuccessMetric> metric = initiative.successMetric().map(SuccessMetricParser::parse)
                .filter(MetricParse.Valid.class::isInstance).map(parsed -> ((MetricParse.Valid) parsed).metric());
        if (metric.isEmpty() || metric.get().direction() == Direction.NONE) {
            return false;
        }
        boolean up = metric.get().direction() == Direction.INCREASE;
        List<EvidenceEntry> readings = readings(ledger)
                .sorted(Comparator.comparing(EvidenceEntry::observedOn).thenComparing(EvidenceEntry::recordedAt))
                .toList();
        Optional<BigDecimal> previous = metric.get().baseline().map(io.throughline.core.metric.Measure::value);
        for (EvidenceEntry reading : readings) {
            BigDecimal value = reading.observedValue().orElseThrow();
            if (!reading.recordedAt().isBefore(since) && previous.isPresent()
                    && (up ? value.compareTo(previous.get()) > 0 : value.compareTo(previous.get()) < 0)) {
                return true;
            }
            previous = Optional.of(value);
        }
        return false;
    }

    static java.util.stream.Stream<EvidenceEntry> readings(Ledger ledger) {
        return ledger.current().stream()
                .filter(e -> e.kind() == EvidenceKind.METRIC_READING && e.observedValue().isPresent());
    }
}
