package io.throughline.core.graph;

import io.throughline.core.dependency.Dependency;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How long the provider took to answer and to deliver, and the slip: committed date minus
 * needed-by in days (positive means promised late).
 */
public record Latency(Optional<Duration> acknowledgement, Optional<Duration> delivery, Optional<Long> slipDays) {

    public static Latency of(Dependency dependency) {
        return new Latency(
                dependency.acknowledgedAt().map(at -> Duration.between(dependency.requestedAt(), at)),
                dependency.deliveredAt().map(at -> Duration.between(dependency.requestedAt(), at)),
                dependency.committedDate().map(date -> ChronoUnit.DAYS.between(dependency.neededBy(), date)));
    }
}
