package io.throughline.core.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem with a form before refusing it, so users fix all of them in one go. The
 * generic problems (required, too long, not one line, not a date) name their field by its label,
 * {@code throughline.field.<field>}, so a message read away from its field still says which it is.
 */
public final class FieldErrors {

    public static final String LABEL_PREFIX = "throughline.field.";

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String key, Object... args) {
        errors.add(new FieldError(field, Message.of(key, args)));
    }

    public void add(String field, Message message) {
        errors.add(new FieldError(field, message));
    }

    /** The field's label, a message of its own. */
    public static Message label(String field) {
        return Message.of(LABEL_PREFIX + field);
    }

    /** Notes that a required field was left empty. */
    public void required(String field) {
        add(field, "throughline.input.required", label(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws {@link ThroughlineException.InvalidInput} listing everything collected, if anything was. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ThroughlineException.InvalidInput(errors);
        }
    }

    /** Checks a required single-line text field and returns it stripped, or null after noting the problem. */
    public String requireLine(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            required(field);
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            add(field, "throughline.input.too-long", label(field), max);
            return null;
        }
        if (!Texts.isPlainLine(text)) {
            add(field, "throughline.input.control-characters", label(field));
            return null;
        }
        return text;
    }

    /** The earliest date any field takes: nothing the app records happened before it. */
    public static final java.time.LocalDate EARLIEST = java.time.LocalDate.of(1970, 1, 1);
    /** How far ahead a planned date may lie. */
    public static final int YEARS_AHEAD = 10;

    /**
     * Parses an ISO date (yyyy-mm-dd) from {@link #EARLIEST} to {@value #YEARS_AHEAD} years after
     * {@code today}, or notes the problem and returns null.
     */
    public java.time.LocalDate date(String field, String value, java.time.LocalDate today) {
        java.time.LocalDate date;
        try {
            date = java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            add(field, "throughline.input.date", label(field), value.strip());
            return null;
        }
        java.time.LocalDate latest = today.plusYears(YEARS_AHEAD);
        if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
            add(field, "throughline.input.date-range", label(field), date, EARLIEST, latest);
            return null;
        }
        return date;
    }
}
