package io.throughline.core.metric;

import io.throughline.core.common.Message;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an observed value as people type it next to a metric: a number, optionally with thousands
 * separators ({@code 31,000}), a decimal point, an exponent ({@code 1.5e9}), and the metric's own
 * unit after it ({@code 24%}, {@code 27 tickets per week}) or its currency symbol before it
 * ({@code $31,000}). A unit other than the metric's is refused, so a reading in milliseconds is not
 * compared with a target in seconds. Values are exact ({@link BigDecimal}) up to
 * {@value #MAX_DIGITS} significant digits and {@value #MAX_FRACTION_DIGITS} decimals.
 */
public final class Reading {

    public static final int MAX_DIGITS = 38;
    public static final int MAX_FRACTION_DIGITS = 18;
    public static final int MAX_LENGTH = 120;
    public static final String EXAMPLE = "27.5";

    private static final Pattern NUMBER = Pattern.compile(
            "([+\\-−])?\\s*(\\p{Sc})?\\s*([+\\-−])?\\s*([0-9]{1,3}(?:,[0-9]{3})+(?![0-9,])|[0-9]+)(?:\\.([0-9]+))?(?:[eE]([+\\-]?[0-9]{1,3}))?");

    private Reading() {
    }

    /** The value of {@code text} as a reading of a metric measured in {@code unit} (none: a bare number). */
    public static Result parse(String text, Optional<String> unit) {
        if (text == null || text.isBlank()) {
            return new Result.Invalid(Message.of("throughline.evidence.value.required"));
        }
        String typed = text.strip();
        if (typed.length() > MAX_LENGTH) {
            return new Result.Invalid(Message.of("throughline.evidence.value.not-a-number", clip(typed)));
        }
        Matcher number = NUMBER.matcher(typed);
        if (!number.lookingAt() || number.group(1) != null && number.group(3) != null) {
            return new Result.Invalid(Message.of("throughline.evidence.value.not-a-number", typed));
        }
        String sign = number.group(1) != null ? number.group(1) : number.group(3);
        String written = (sign != null && !sign.equals("+") ? "-" : "") + number.group(4).replace(",", "")
                + (number.group(5) == null ? "" : "." + number.group(5))
                + (number.group(6) == null ? "" : "E" + number.group(6));
        BigDecimal value = new BigDecimal(written);
        BigDecimal exact = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (exact.precision() > MAX_DIGITS || exact.scale() > MAX_FRACTION_DIGITS
                || exact.precision() - exact.scale() > MAX_DIGITS) {
            return new Result.Invalid(Message.of("throughline.evidence.value.too-precise", typed, MAX_DIGITS,
                    MAX_FRACTION_DIGITS));
        }
        String rest = typed.substring(number.end()).strip();
        if (rest.startsWith(",") || rest.startsWith(".")) {
            // "1,5" or "2.5.1": a separator the number does not use that way.
            return new Result.Invalid(Message.of("throughline.evidence.value.not-a-number", typed));
        }
        Optional<String> given = Optional.ofNullable(number.group(2))
                .or(() -> rest.isEmpty() ? Optional.empty() : Optional.of(rest.replaceAll("\\s+", " ")));
        if (number.group(2) != null && !rest.isEmpty()) {
            return new Result.Invalid(Message.of("throughline.evidence.value.not-a-number", typed));
        }
        if (given.isPresent() && !sameUnit(given.get(), unit)) {
            return new Result.Invalid(unit.isEmpty()
                    ? Message.of("throughline.evidence.value.unit-none", typed, given.get())
                    : Message.of("throughline.evidence.value.unit-other", typed, given.get(), unit.get()));
        }
        // The typed scale is kept (27.50 stays 27.50): a reading is shown as it was written.
        return new Result.Valid(value.scale() < 0 ? value.setScale(0) : value);
    }

    private static boolean sameUnit(String given, Optional<String> unit) {
        return unit.isPresent() && normal(given).equals(normal(unit.get()));
    }

    private static String normal(String unit) {
        return unit.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String clip(String typed) {
        return typed.substring(0, 40) + "…";
    }

    /** A parsed reading or why the text is not one. */
    public sealed interface Result {

        /** The reading's exact value. */
        record Valid(BigDecimal value) implements Result {
        }

        /** What is wrong, as a message for the observed-value field. */
        record Invalid(Message problem) implements Result {
        }
    }
}
