package io.throughline.core.performance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The five DORA figures of one initiative over a window, each with what it was computed from. A
 * figure whose denominator is empty is null, never 0. {@code weeks} counts deployments and failed
 * deployments per week of the window, oldest first (the last week may be shorter);
 * {@code definitions} names the version of {@code docs/semantics.md} the figures follow.
 */
public record DeliveryPerformance(Window window, int deployments, BigDecimal perWeek, Durations changeLeadTime,
                                  Durations issueLeadTime, FailRate changeFailRate, Recovery recoveryTime,
                                  Rework reworkRate, List<String> services, List<Week> weeks, String definitions) {

    /** Median and 85th percentile in hours (two decimals) of {@code n} durations; both null when n is 0. */
    public record Durations(BigDecimal medianHours, BigDecimal p85Hours, int n) {
    }

    /** Failed ÷ total counted deployments; {@code inferred} of the failed were tied to their incident by service. */
    public record FailRate(BigDecimal rate, int failed, int total, int inferred) {
    }

    /** Median hours to recover of the {@code n} failed deployments that recovered; {@code open} still wait. */
    public record Recovery(BigDecimal medianHours, int n, int open) {
    }

    /** Unplanned ÷ total counted deployments. */
    public record Rework(BigDecimal rate, int unplanned, int total) {
    }

    /** One week of the window from {@code start}: how many counted deployments, how many of them failed. */
    public record Week(Instant start, int deployments, int failed) {
    }

    public DeliveryPerformance {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(perWeek, "perWeek");
        services = List.copyOf(services);
        weeks = List.copyOf(weeks);
        Objects.requireNonNull(definitions, "definitions");
    }
}
