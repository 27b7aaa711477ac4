package io.throughline.jira.web.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** How old a request is in whole days, counted in the zone the core counts days in. */
public record Ages(LocalDate today, ZoneId zone) {

    public long daysSince(Instant at) {
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(at, zone), today);
    }
}
