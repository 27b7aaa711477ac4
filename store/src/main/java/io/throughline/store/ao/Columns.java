package io.throughline.store.ao;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Conversions between core values and the plain column types the entities use. */
public final class Columns {

    private Columns() {
    }

    public static long day(LocalDate date) {
        return date.toEpochDay();
    }

    public static LocalDate date(long day) {
        return LocalDate.ofEpochDay(day);
    }

    public static long millis(Instant instant) {
        return instant.toEpochMilli();
    }

    public static Instant instant(long millis) {
        return Instant.ofEpochMilli(millis);
    }

    /** A column map for {@link AoAccess#create} that leaves out absent (null) values. */
    public static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                row.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return row;
    }
}
