package io.throughline.core.signal;

import io.throughline.core.common.Message;
import io.throughline.core.initiative.Stage;
import io.throughline.core.trace.Progress;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The status-integrity rules, as written in {@code docs/semantics.md} (Signals): pure functions of
 * the facts, the thresholds and the moment, each raising its signal with a reason or staying silent.
 * Days are whole days elapsed ({@code 13 days 23 hours} is 13).
 */
public final class Signals {

    private Signals() {
    }

    /** Every signal the facts raise, in the order of {@link Signal}. */
    public static List<SignalVerdict> judge(InitiativeFacts facts, SignalThresholds limits, Instant now, ZoneId zone) {
        List<SignalVerdict> raised = new ArrayList<>();
        stalled(facts, limits, now).ifPresent(raised::add);
        notStarted(facts, limits, now).ifPresent(raised::add);
        mostlyDone(facts, limits).ifPresent(raised::add);
        horizonPassed(facts, now.atZone(zone).toLocalDate()).ifPresent(raised::add);
        shippedWithoutDeployment(facts).ifPresent(raised::add);
        stageContradictsTrace(facts, limits, now).ifPresent(raised::add);
        speedBorrowed(facts).ifPresent(raised::add);
        outputWithoutOutcome(facts, limits).ifPresent(raised::add);
        evidenceStale(facts, limits, now).ifPresent(raised::add);
        targetDrift(facts).ifPresent(raised::add);
        return raised;
    }

    /**
     * COORDINATION_DEBT for a team: the median acknowledgement latency of its requests, one value per
     * week (oldest first, empty for a week with none), grew in each of the last {@code weeks} weeks.
     */
    public static Optional<SignalVerdict> coordinationDebt(List<Optional<BigDecimal>> weeklyMedianDays,
                                                           SignalThresholds limits) {
        int weeks = limits.coordinationWeeks();
        if (weeklyMedianDays.size() < weeks + 1) {
            return Optional.empty();
        }
        List<Optional<BigDecimal>> last = weeklyMedianDays.subList(weeklyMedianDays.size() - weeks - 1,
                weeklyMedianDays.size());
        for (int i = 1; i < last.size(); i++) {
            if (last.get(i - 1).isEmpty() || last.get(i).isEmpty()
                    || last.get(i).get().compareTo(last.get(i - 1).get()) <= 0) {
                return Optional.empty();
            }
        }
        return raise(Signal.COORDINATION_DEBT, "throughline.signal.coordination-debt", weeks,
                last.get(0).orElseThrow().toPlainString(), last.get(last.size() - 1).orElseThrow().toPlainString());
    }

    private static Optional<SignalVerdict> stalled(InitiativeFacts facts, SignalThresholds limits, Instant now) {
        if (facts.stage() != Stage.DELIVERING) {
            return Optional.empty();
        }
        Instant since = facts.traceMoved().filter(moved -> moved.isAfter(facts.stageSince())).orElse(facts.stageSince());
        long days = days(since, now);
        return days >= limits.stalledDays()
                ? raise(Signal.STALLED, "throughline.signal.stalled", days, limits.stalledDays()) : Optional.empty();
    }

    private static Optional<SignalVerdict> notStarted(InitiativeFacts facts, SignalThresholds limits, Instant now) {
        long days = days(facts.stageSince(), now);
        boolean started = facts.trace().map(p -> p.inProgress() + p.done() > 0).orElse(false);
        return facts.stage() == Stage.COMMITTED && days > limits.notStartedDays() && !started
                ? raise(Signal.NOT_STARTED, "throughline.signal.not-started", days, limits.notStartedDays())
                : Optional.empty();
    }

    private static Optional<SignalVerdict> mostlyDone(InitiativeFacts facts, SignalThresholds limits) {
        List<Integer> weeks = facts.weeklyPercentDone();
        int needed = limits.mostlyDoneWeeks();
        if (facts.stage().isClosed() || weeks.size() < needed) {
            return Optional.empty();
        }
        List<Integer> last = weeks.subList(weeks.size() - needed, weeks.size());
        boolean mostly = last.stream().allMatch(percent -> percent >= limits.mostlyDonePercent() && percent < 100);
        return mostly ? raise(Signal.MOSTLY_DONE, "throughline.signal.mostly-done", needed,
                limits.mostlyDonePercent(), last.get(last.size() - 1)) : Optional.empty();
    }

    private static Optional<SignalVerdict> horizonPassed(InitiativeFacts facts, LocalDate today) {
        if (facts.horizon().isEmpty() || facts.stage().isClosed() || facts.readingByHorizon()
                || !facts.horizon().get().isBefore(today)) {
            return Optional.empty();
        }
        return raise(Signal.HORIZON_PASSED, "throughline.signal.horizon-passed", facts.horizon().get().toString());
    }

    private static Optional<SignalVerdict> shippedWithoutDeployment(InitiativeFacts facts) {
        return facts.stage() == Stage.SHIPPED && facts.eventsKnown() && facts.deploymentsInYear() == 0
                ? raise(Signal.SHIPPED_WITHOUT_DEPLOYMENT, "throughline.signal.shipped-without-deployment")
                : Optional.empty();
    }

    private static Optional<SignalVerdict> stageContradictsTrace(InitiativeFacts facts, SignalThresholds limits,
                                                                 Instant now) {
        Progress progress = facts.trace().orElse(null);
        if (progress == null || progress.items() == 0) {
            return Optional.empty();
        }
        int open = progress.items() - progress.done();
        if (facts.stage() == Stage.SHIPPED && open > 0) {
            return raise(Signal.STAGE_CONTRADICTS_TRACE, "throughline.signal.shipped-not-done", open, progress.items());
        }
        if (facts.stage() == Stage.DELIVERING && open == 0 && facts.allDoneSince().isPresent()) {
            long days = days(facts.allDoneSince().get(), now);
            if (days >= limits.contradictionDays()) {
                return raise(Signal.STAGE_CONTRADICTS_TRACE, "throughline.signal.done-still-delivering",
                        progress.items(), days);
            }
        }
        return Optional.empty();
    }

    private static Optional<SignalVerdict> speedBorrowed(InitiativeFacts facts) {
        if (facts.speed().isEmpty()) {
            return Optional.empty();
        }
        InitiativeFacts.Speed speed = facts.speed().get();
        if (speed.failRateNow().isEmpty() || speed.failRateBefore().isEmpty()
                || speed.deploymentsNow() <= speed.deploymentsBefore()
                || speed.failRateNow().get().compareTo(speed.failRateBefore().get()) <= 0) {
            return Optional.empty();
        }
        return raise(Signal.SPEED_BORROWED, "throughline.signal.speed-borrowed", speed.deploymentsBefore(),
                speed.deploymentsNow(), percent(speed.failRateBefore().get()), percent(speed.failRateNow().get()));
    }

    private static Optional<SignalVerdict> outputWithoutOutcome(InitiativeFacts facts, SignalThresholds limits) {
        boolean underway = facts.stage() == Stage.COMMITTED || facts.stage() == Stage.DELIVERING
                || facts.stage() == Stage.SHIPPED;
        return underway && facts.outputDeployments() >= limits.outputDeployments() && !facts.outcomeMoved()
                ? raise(Signal.OUTPUT_WITHOUT_OUTCOME, "throughline.signal.output-without-outcome",
                        facts.outputDeployments(), limits.outputDays(), limits.outcomeDays())
                : Optional.empty();
    }

    private static Optional<SignalVerdict> evidenceStale(InitiativeFacts facts, SignalThresholds limits, Instant now) {
        if (facts.stage() != Stage.DELIVERING && facts.stage() != Stage.SHIPPED) {
            return Optional.empty();
        }
        long days = days(facts.lastEvidence().orElse(facts.stageSince()), now);
        return days >= limits.evidenceStaleDays()
                ? raise(Signal.EVIDENCE_STALE, "throughline.signal.evidence-stale", days, limits.evidenceStaleDays())
                : Optional.empty();
    }

    private static Optional<SignalVerdict> targetDrift(InitiativeFacts facts) {
        return facts.unacceptedChanges() > 0
                ? raise(Signal.TARGET_DRIFT, "throughline.signal.target-drift", facts.unacceptedChanges())
                : Optional.empty();
    }

    private static long days(Instant since, Instant now) {
        return Math.max(0, Duration.between(since, now).toDays());
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private static Optional<SignalVerdict> raise(Signal signal, String key, Object... args) {
        return Optional.of(new SignalVerdict(signal, Message.of(key, args)));
    }
}
