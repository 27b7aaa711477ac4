package io.throughline.core.scorecard;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * The scorecard's figures that carry a trend, each with the direction that counts as better.
 * Days in stage and days to the horizon are left out: they grow with the calendar whatever happens.
 */
public enum Figure {
    OUTCOME_PROGRESS(true, line -> line.outcome().progressPercent().map(BigDecimal::valueOf)),
    TRACE_DONE(true, line -> line.delivery().percentDone().map(BigDecimal::valueOf)),
    DEPLOYMENTS_PER_WEEK(true, line -> Optional.of(line.delivery().deploymentsPerWeek())),
    CHANGE_FAIL_RATE(false, line -> line.delivery().changeFailRate()),
    DECISION_LATENCY(false, line -> line.coordination().decisionDays().map(BigDecimal::valueOf)),
    OPEN_DEPENDENCIES(false, line -> Optional.of(BigDecimal.valueOf(line.coordination().openDependencies()))),
    WORST_HEALTH(false, line -> line.coordination().worstHealth().map(h -> BigDecimal.valueOf(h.severity()))),
    ACKNOWLEDGEMENT(false, line -> line.coordination().ackMedianDays()),
    LATE_DISCOVERED(false, line -> Optional.of(BigDecimal.valueOf(line.coordination().lateDiscovered()))),
    WITHOUT_CONTRACT(false, line -> Optional.of(BigDecimal.valueOf(line.coordination().withoutContract()))),
    SIGNALS(false, line -> Optional.of(BigDecimal.valueOf(line.signals().size())));

    private final boolean higherIsBetter;
    private final Function<ScorecardLine, Optional<BigDecimal>> value;

    Figure(boolean higherIsBetter, Function<ScorecardLine, Optional<BigDecimal>> value) {
        this.higherIsBetter = higherIsBetter;
        this.value = value;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The figure's value on the line; empty where the line has none (no reading, no trace, no deployment). */
    public Optional<BigDecimal> of(ScorecardLine line) {
        return value.apply(line);
    }
}
