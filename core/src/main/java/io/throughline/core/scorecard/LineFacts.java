package io.throughline.core.scorecard;

import io.throughline.core.contract.Commitment;
import io.throughline.core.contract.Contract;
import io.throughline.core.contract.ContractChange;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.StageChange;
import io.throughline.core.metric.Direction;
import io.throughline.core.metric.Measure;
import io.throughline.core.metric.MetricParse;
import io.throughline.core.metric.SuccessMetric;
import io.throughline.core.metric.SuccessMetricParser;
import io.throughline.core.performance.DeliveryPerformance;
import io.throughline.core.signal.AcknowledgementWeeks;
import io.throughline.core.trace.Progress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The figures of a scorecard line from histories already cut at the line's moment, as
 * {@code docs/semantics.md} (Scorecard) defines them: pure functions, so a line of a past day and
 * today's are worked out alike.
 */
public final class LineFacts {

    private LineFacts() {
    }

    /** The stage history up to and including {@code end}, in order. */
    public static List<StageChange> changesBefore(List<StageChange> history, Instant end) {
        return history.stream().filter(change -> !change.at().isAfter(end))
                .sorted(Comparator.comparing(StageChange::at)).toList();
    }

    /** The ledger of the entries recorded up to and including {@code end}. */
    public static Ledger ledgerBefore(List<EvidenceEntry> entries, Instant end) {
        return new Ledger(entries.stream().filter(entry -> !entry.recordedAt().isAfter(end)).toList());
    }

    /** The contract in force at {@code end}: the last commitment made by then, with the changes recorded by then. */
    public static Optional<Contract> contractBefore(Initiative initiative, List<Commitment> commitments,
                                                    List<ContractChange> changes, Ledger ledger, Instant end) {
        Optional<Commitment> last = commitments.stream().filter(c -> !c.at().isAfter(end))
                .max(Comparator.comparing(Commitment::at));
        return last.map(commitment -> Contract.of(commitment,
                changes.stream().filter(change -> !change.at().isAfter(end)).toList(), ledger, initiative));
    }

    /** When it entered the stage it is in at the end of {@code history}: the last change's moment. */
    public static Optional<Instant> stageSince(List<StageChange> history) {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).at());
    }

    /** Whole days from its first recorded moment to its first commitment; empty until it committed. */
    public static Optional<Long> decisionDays(List<StageChange> history) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        Instant created = history.get(0).at();
        return history.stream().filter(StageChange::entersCommitment).map(StageChange::at).findFirst()
                .map(committed -> ChronoUnit.DAYS.between(created, committed));
    }

    /** The outcome: the metric's values, its readings (oldest first) and progress to target. */
    public static ScorecardLine.Outcome outcome(Initiative initiative, Ledger ledger) {
        Optional<SuccessMetric> metric = initiative.successMetric().map(SuccessMetricParser::parse)
                .filter(MetricParse.Valid.class::isInstance).map(parsed -> ((MetricParse.Valid) parsed).metric());
        List<ScorecardLine.Reading> readings = ledger.current().stream()
                .filter(e -> e.kind() == EvidenceKind.METRIC_READING && e.observedValue().isPresent())
                .sorted(Comparator.comparing(EvidenceEntry::observedOn).thenComparing(EvidenceEntry::recordedAt))
                .map(e -> new ScorecardLine.Reading(e.observedOn(), e.observedValue().orElseThrow()))
                .toList();
        Optional<BigDecimal> latest = readings.isEmpty() ? Optional.empty()
                : Optional.of(readings.get(readings.size() - 1).value());
        Optional<BigDecimal> baseline = metric.flatMap(SuccessMetric::baseline).map(Measure::value);
        Optional<BigDecimal> target = metric.map(m -> m.target().value());
        List<ScorecardLine.Reading> kept = readings.subList(Math.max(0, readings.size() - ScorecardLine.READINGS_KEPT),
                readings.size());
        return new ScorecardLine.Outcome(baseline, latest, target, metric.flatMap(SuccessMetric::unit),
                progress(metric, baseline, latest), initiative.evidenceHorizon().map(h -> h.date()), kept);
    }

    /**
     * How far the latest reading went from the baseline toward the target, in percent of the way,
     * rounded toward zero: 0 at the baseline, 100 at the target, above 100 past it, below 0 the wrong
     * way. Empty without a reading, a baseline, or a direction.
     */
    static Optional<Integer> progress(Optional<SuccessMetric> metric, Optional<BigDecimal> baseline,
                                      Optional<BigDecimal> latest) {
        if (metric.isEmpty() || metric.get().direction() == Direction.NONE || baseline.isEmpty() || latest.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal way = metric.get().target().value().subtract(baseline.get());
        if (way.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(latest.get().subtract(baseline.get()).multiply(BigDecimal.valueOf(100))
                .divide(way, 0, RoundingMode.DOWN).intValueExact());
    }

    /** The delivery: the trace's counts and the production deployments of the window with those that failed. */
    public static ScorecardLine.Delivery delivery(Progress progress, DeliveryPerformance window) {
        return new ScorecardLine.Delivery(progress.items(), progress.done(), progress.percentDone(),
                window.deployments(), window.changeFailRate().failed(),
                Optional.ofNullable(window.changeFailRate().rate()));
    }

    /** The coordination, from the initiative's own dependencies as judged at the line's moment (withdrawn ones left out). */
    public static ScorecardLine.Coordination coordination(List<StageChange> history, List<DependencyStatus> own) {
        int open = 0;
        int late = 0;
        Optional<Health> worst = Optional.empty();
        List<Long> acknowledgements = new ArrayList<>();
        Set<String> withoutContract = new HashSet<>();
        for (DependencyStatus status : own) {
            DependencyState state = status.dependency().state();
            if (state != DependencyState.DELIVERED) {
                open++;
                worst = Optional.of(worst.map(w -> w.worse(status.health())).orElse(status.health()));
            }
            if (status.lateDiscovered()) {
                late++;
            }
            status.latency().acknowledgement().ifPresent(d -> acknowledgements.add(d.toMillis()));
            if (status.noInteractionContract()) {
                withoutContract.add(status.providerTeam().name());
            }
        }
        return new ScorecardLine.Coordination(decisionDays(history), own.size(), open, worst,
                AcknowledgementWeeks.medianDays(acknowledgements), late, withoutContract.size());
    }
}
