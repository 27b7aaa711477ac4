package io.throughline.core.performance;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The days figures look back over: an event counts when {@code from ≤ at < to}. */
public record Window(Instant from, Instant to, int days) {

    public static final int MIN_DAYS = 7;
    public static final int MAX_DAYS = 365;
    public static final int DEFAULT_DAYS = 90;

    public Window {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new IllegalArgumentException("a window is " + MIN_DAYS + " to " + MAX_DAYS + " days: " + days);
        }
        if (!from.plus(Duration.ofDays(days)).equals(to)) {
            throw new IllegalArgumentException("a window of " + days + " days ends " + days + " days after it starts");
        }
    }

    /** The {@code days} up to {@code now}. */
    public static Window last(int days, Instant now) {
        return new Window(now.minus(Duration.ofDays(days)), now, days);
    }

    public boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
