package io.throughline.core.scorecard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** The days a scorecard speaks of: a day's end, and the weeks (starting Monday) its snapshots are kept for. */
public final class ScorecardDays {

    private ScorecardDays() {
    }

    /** The first moment after {@code day} in the zone, or {@code now} when that is earlier (today, not yet over). */
    public static Instant end(LocalDate day, ZoneId zone, Instant now) {
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        return end.isAfter(now) ? now : end;
    }

    /** The Monday of the day's week. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Whether the day starts a week, so that its line is kept as the week's snapshot. */
    public static boolean startsWeek(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.MONDAY;
    }
}
