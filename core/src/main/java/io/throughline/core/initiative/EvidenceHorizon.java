package io.throughline.core.initiative;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The date by which the success metric must show movement. */
public record EvidenceHorizon(LocalDate date) {

    public EvidenceHorizon {
        Objects.requireNonNull(date, "evidence horizon date");
    }

    /** Days from {@code today} to the horizon: positive ahead, zero on the day, negative once passed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, date);
    }

    public boolean isPassed(LocalDate today) {
        return today.isAfter(date);
    }
}
