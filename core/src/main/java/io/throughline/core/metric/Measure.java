package io.throughline.core.metric;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** A number with an optional unit, as written in a success metric: {@code 22%}, {@code 900 ms}, {@code $12}. */
public record Measure(BigDecimal value, Optional<String> unit) {

    public Measure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (unit.isPresent() && unit.get().isBlank()) {
            throw new IllegalArgumentException("a unit, when present, must not be blank");
        }
    }

    public Measure withUnit(Optional<String> newUnit) {
        return new Measure(value, newUnit);
    }

    /** Same number regardless of trailing zeros: 5 and 5.0 are the same measure. */
    public boolean sameValueAs(Measure other) {
        return value.compareTo(other.value) == 0;
    }

    @Override
    public String toString() {
        String number = value.toPlainString();
        if (unit.isEmpty()) {
            return number;
        }
        String u = unit.get();
        if (u.codePointCount(0, u.length()) == 1 && Character.getType(u.codePointAt(0)) == Character.CURRENCY_SYMBOL) {
            return number.startsWith("-") ? "-" + u + number.substring(1) : u + number;
        }
        if (u.equals("%") || u.equals("‰")) {
            return number + u;
        }
        return number + " " + u;
    }
}
