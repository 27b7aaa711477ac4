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

    /**
     * Whether typed text is free of what a person cannot see: control characters (tabs and line
     * breaks included) and the bidirectional embedding, override and isolate marks U+202A–U+202E
     * and U+2066–U+2069, which make text read differently from how it is stored. Every field a
     * person types into the app is checked with this; text the host owns (an issue's summary) is
     * shown escaped, never refused.
     */
    public static boolean isPlainLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isHidden(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A control character or a bidirectional formatting mark. */
    public static boolean isHidden(char c) {
        return c < ' ' || c >= '\u007f' && c <= '\u009f' || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
