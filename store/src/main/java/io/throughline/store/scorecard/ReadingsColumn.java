package io.throughline.store.scorecard;

import io.throughline.core.scorecard.ScorecardLine.Reading;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A line's sparkline readings as one text column: {@code 2026-11-02 22;2026-11-09 24.50}, each the
 * day observed and the value as {@code BigDecimal#toString} (which reads back to the same value and
 * scale, and holds neither separator), in the line's order. No readings is null, never an empty text
 * (some databases Jira supports store an empty text as null).
 */
final class ReadingsColumn {

    private ReadingsColumn() {
    }

    static String encode(List<Reading> readings) {
        if (readings.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Reading reading : readings) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(reading.observedOn()).append(' ').append(reading.value());
        }
        return text.toString();
    }

    /** @throws IllegalArgumentException for text {@link #encode} did not write */
    static List<Reading> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Reading> readings = new ArrayList<>();
        for (String one : text.split(";", -1)) {
            int space = one.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("a stored reading needs a day and a value: " + one);
            }
            try {
                readings.add(new Reading(LocalDate.parse(one.substring(0, space)),
                        new BigDecimal(one.substring(space + 1))));
            } catch (java.time.format.DateTimeParseException | NumberFormatException e) {
                throw new IllegalArgumentException("not a stored reading: " + one, e);
            }
        }
        return List.copyOf(readings);
    }
}
