package io.throughline.core.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Where the core learns what time and which day it is; days are counted in the clock's zone. */
public interface Clock {

    Instant now();

    ZoneId zone();

    default LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }

    /** The system clock at millisecond precision, the precision every store keeps. */
    static Clock system(ZoneId zone) {
        return new Clock() {
            @Override
            public Instant now() {
                return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            }

            @Override
            public ZoneId zone() {
                return zone;
            }
        };
    }
}
