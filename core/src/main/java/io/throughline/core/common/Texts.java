package io.throughline.core.common;

/** Shared checks for text that users type, so every value object rejects it the same way. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed, non-blank, at most {@code max} characters and free of control characters. */
    public static String requireLine(String value, String what, int max) {
        String text = requireText(value, what, max);
        if (firstControl(text, false) >= 0) {
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
        if (firstControl(text, true) >= 0) {
            throw new IllegalArgumentException(what + " contains control characters");
        }
        return text;
    }

    /** Index of the first control character (line breaks and tabs allowed if asked), or -1. */
    private static int firstControl(String text, boolean allowBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Character.isISOControl, spelled out: this runs over every stored text on every read.
            if ((c < ' ' || c >= '\u007f' && c <= '\u009f') && !(allowBreaks && (c == '\n' || c == '\r' || c == '\t'))) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
