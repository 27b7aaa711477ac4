package io.throughline.core.initiative;

import java.util.Locale;

/** A Jira issue key such as {@code GROW-12}: project key, dash, positive number. */
public record InitiativeKey(String value) implements Comparable<InitiativeKey> {

    private static final int MAX_PROJECT = 20;
    private static final int MAX_NUMBER_DIGITS = 18;

    public InitiativeKey {
        if (!matches(value)) {
            throw new IllegalArgumentException("'" + value + "' is not an issue key; expected e.g. GROW-12");
        }
    }

    /** Accepts what people type: surrounding spaces and lower case are forgiven. */
    public static InitiativeKey parse(String text) {
        return new InitiativeKey(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String text) {
        return text != null && matches(text.strip().toUpperCase(Locale.ROOT));
    }

    /** {@code [A-Z][A-Z0-9_]{0,19}-[1-9][0-9]{0,17}}, checked by hand: keys are built for every row read. */
    private static boolean matches(String value) {
        if (value == null) {
            return false;
        }
        int dash = value.indexOf('-');
        if (dash < 1 || dash > MAX_PROJECT || value.length() - dash - 1 < 1 || value.length() - dash - 1 > MAX_NUMBER_DIGITS) {
            return false;
        }
        if (value.charAt(0) < 'A' || value.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < dash; i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        if (value.charAt(dash + 1) == '0') {
            return false;
        }
        for (int i = dash + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public String projectKey() {
        return value.substring(0, value.lastIndexOf('-'));
    }

    /** By project key, then by number (GROW-9 before GROW-10), without allocating: sorting is hot. */
    @Override
    public int compareTo(InitiativeKey other) {
        String a = value;
        String b = other.value;
        int dashA = a.indexOf('-');
        int dashB = b.indexOf('-');
        for (int i = 0; i < Math.min(dashA, dashB); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return Character.compare(a.charAt(i), b.charAt(i));
            }
        }
        if (dashA != dashB) {
            return Integer.compare(dashA, dashB);
        }
        // Digits without leading zeros: the longer number is larger; equal lengths compare digit by digit.
        if (a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        for (int i = dashA + 1; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return Character.compare(a.charAt(i), b.charAt(i));
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
