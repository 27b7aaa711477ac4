package io.throughline.core.signal;

import io.throughline.core.dependency.Dependency;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The weekly series behind {@link Signal#COORDINATION_DEBT}: for each of the last weeks, the median
 * acknowledgement latency (first answer − request, in days with two decimals) of the requests to a
 * team that were first answered in that week. Week {@code 0} is the 7 days ending now.
 */
public final class AcknowledgementWeeks {

    private AcknowledgementWeeks() {
    }

    /** {@code weeks} values, oldest first; a week in which no request was answered is empty. */
    public static List<Optional<BigDecimal>> medians(List<Dependency> requests, Instant now, int weeks) {
        return weekly(requests, now, weeks, Dependency::acknowledgedAt);
    }

    /**
     * The weekly median days from each request to the moment {@code reached} gives (its first answer,
     * its delivery), counting a request in the week that moment falls in: {@code weeks} values, oldest
     * first, the last week ending at {@code now}; a week with none is empty.
     */
    public static List<Optional<BigDecimal>> weekly(List<Dependency> requests, Instant now, int weeks,
                                                    java.util.function.Function<Dependency, Optional<Instant>> reached) {
        List<Optional<BigDecimal>> series = new ArrayList<>(weeks);
        for (int week = weeks - 1; week >= 0; week--) {
            Instant end = now.minus(Duration.ofDays(7L * week));
            Instant start = end.minus(Duration.ofDays(7));
            List<Long> latencies = new ArrayList<>();
            for (Dependency request : requests) {
                reached.apply(request).filter(at -> !at.isBefore(start) && at.isBefore(end))
                        .ifPresent(at -> latencies.add(Duration.between(request.requestedAt(), at).toMillis()));
            }
            series.add(medianDays(latencies));
        }
        return series;
    }

    /** The median of durations in milliseconds, in days to two decimals; empty for none. */
    public static Optional<BigDecimal> medianDays(List<Long> millis) {
        if (millis.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sorted = millis.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1)).add(BigDecimal.valueOf(sorted.get(n / 2)))
                        .divide(BigDecimal.valueOf(2));
        return Optional.of(middle.divide(BigDecimal.valueOf(Duration.ofDays(1).toMillis()), 2, RoundingMode.HALF_UP));
    }
}
