package io.throughline.core.testing;

import io.throughline.core.common.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests set and move by hand; days are counted in UTC unless told otherwise. */
public final class MutableClock implements Clock {

    private Instant now;
    private final ZoneId zone;

    public MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Noon UTC on the given day, so small moves never cross midnight by accident. */
    public static MutableClock at(LocalDate day) {
        return new MutableClock(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    public void advanceDays(long days) {
        advance(Duration.ofDays(days));
    }

    public synchronized void set(Instant instant) {
        now = instant;
    }
}
