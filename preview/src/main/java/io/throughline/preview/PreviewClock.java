package io.throughline.preview;

import io.throughline.core.common.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The system clock, except while the demo portfolio is being seeded: then it is pinned to each
 * event's day, so the services record the story as if it had happened over the past weeks.
 */
final class PreviewClock implements Clock {

    private final ZoneId zone;
    private volatile Instant pinned;

    PreviewClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Instant now() {
        Instant at = pinned;
        return at != null ? at : Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    void pin(Instant at) {
        pinned = at;
    }

    void release() {
        pinned = null;
    }
}
