package io.throughline.core.common;

/** Shared checks for text that users type, so every value object rejects it the same way. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed, non-blank, at most {@code max} characters and free of control characters. */
    public static String requireLine(String value, String what, int max) {
        String text = requireText(value, what, max);
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " must be a single line without control characters");
        }
        return text;
    }

    /** Like {@link #requireLine} but allows line breaks and tabs. */
    public static String requireText(String value, String what, int max) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        String text = value.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (text.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new IllegalArgumentException(what + " contains control characters");
        }
        return text;
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
