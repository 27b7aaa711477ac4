package io.throughline.core.scorecard;

import io.throughline.core.common.Team;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.signal.SignalVerdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One initiative's figures as of the end of one day, as {@code docs/semantics.md} (Scorecard)
 * defines them: its outcome, its delivery, its coordination and the signals it raised. Stored as a
 * derived roll-up (the latest one per initiative, and one per week), so a scorecard over the whole
 * portfolio reads rows instead of judging histories; {@link #computedAt} says when.
 *
 * @param day        the day the figures are as of (its end; today's line is as of {@code computedAt})
 * @param stage      its stage at the end of the day
 * @param stageSince when it entered that stage (its creation if it never moved)
 */
public record ScorecardLine(InitiativeKey initiative, Team team, LocalDate day, Instant computedAt, Stage stage,
                            Instant stageSince, Outcome outcome, Delivery delivery, Coordination coordination,
                            List<SignalVerdict> signals) {

    /** Days a scorecard's delivery figures look back over (four weeks). */
    public static final int DELIVERY_DAYS = 28;

    /** How many readings a line keeps for its sparkline, the latest last. */
    public static final int READINGS_KEPT = 12;

    public ScorecardLine {
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(computedAt, "computedAt");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(stageSince, "stageSince");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(coordination, "coordination");
        signals = List.copyOf(signals);
    }

    /** A metric reading for the sparkline: the day it was observed and its value. */
    public record Reading(LocalDate observedOn, BigDecimal value) {
        public Reading {
            Objects.requireNonNull(observedOn, "observedOn");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The outcome: the metric's baseline, its latest reading and its target (each empty when the
     * metric does not parse or has none), progress to target in percent (empty without a reading or
     * a baseline), the evidence horizon and the latest readings.
     */
    public record Outcome(Optional<BigDecimal> baseline, Optional<BigDecimal> latest, Optional<BigDecimal> target,
                          Optional<String> unit, Optional<Integer> progressPercent, Optional<LocalDate> horizon,
                          List<Reading> readings) {
        public Outcome {
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(latest, "latest");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(progressPercent, "progressPercent");
            Objects.requireNonNull(horizon, "horizon");
            readings = List.copyOf(readings);
        }

        public static final Outcome NONE = new Outcome(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * The delivery: the trace's items and those done (the share done empty for no items), and the
     * production deployments attributed to it in the {@value #DELIVERY_DAYS} days to the line's day,
     * with those that failed (the change fail rate empty without a deployment).
     */
    public record Delivery(int items, int done, Optional<Integer> percentDone, int deployments, int failed,
                           Optional<BigDecimal> changeFailRate) {
        public Delivery {
            if (items < 0 || done < 0 || done > items || deployments < 0 || failed < 0 || failed > deployments) {
                throw new IllegalArgumentException("delivery counts out of range: " + items + "/" + done + ", "
                        + deployments + "/" + failed);
            }
            Objects.requireNonNull(percentDone, "percentDone");
            Objects.requireNonNull(changeFailRate, "changeFailRate");
        }

        /** Deployments per week over the window, to one decimal. */
        public BigDecimal deploymentsPerWeek() {
            return BigDecimal.valueOf(deployments * 7L)
                    .divide(BigDecimal.valueOf(DELIVERY_DAYS), 1, RoundingMode.HALF_UP);
        }
    }

    /**
     * The coordination: days from creation in BET to the first commitment (empty until committed),
     * its dependencies (withdrawn ones left out), those still open and the worst health among them, the median acknowledgement latency of its
     * acknowledged requests in days, how many were discovered late, and how many of its cross-team
     * dependencies have no interaction contract.
     */
    public record Coordination(Optional<Long> decisionDays, int dependencies, int openDependencies,
                               Optional<Health> worstHealth, Optional<BigDecimal> ackMedianDays, int lateDiscovered,
                               int withoutContract) {
        public Coordination {
            Objects.requireNonNull(decisionDays, "decisionDays");
            Objects.requireNonNull(worstHealth, "worstHealth");
            Objects.requireNonNull(ackMedianDays, "ackMedianDays");
            if (openDependencies < 0 || openDependencies > dependencies || lateDiscovered < 0
                    || lateDiscovered > dependencies || withoutContract < 0) {
                throw new IllegalArgumentException("coordination counts cannot be negative");
            }
        }
    }

    /** Whole days in the current stage at the end of the line's day. */
    public long daysInStage(java.time.ZoneId zone) {
        Instant end = ScorecardDays.end(day, zone, computedAt);
        return Math.max(0, ChronoUnit.DAYS.between(stageSince, end));
    }

    /** Days from the line's day to the horizon: negative once it passed, empty without one. */
    public Optional<Long> horizonDaysLeft() {
        return outcome.horizon().map(by -> ChronoUnit.DAYS.between(day, by));
    }

    /** Whether the line raised the signal. */
    public boolean raises(io.throughline.core.signal.Signal signal) {
        return signals.stream().anyMatch(verdict -> verdict.signal() == signal);
    }
}
