package io.throughline.core.graph;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** What health is judged against: the day, the zone days are counted in, and the acknowledgement SLA. */
public record HealthRules(LocalDate today, ZoneId zone, int ackSlaDays) {

    public HealthRules {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(zone, "zone");
        if (ackSlaDays < 0) {
            throw new IllegalArgumentException("acknowledgement SLA must not be negative: " + ackSlaDays);
        }
    }
}
