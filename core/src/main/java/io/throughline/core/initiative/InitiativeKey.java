package io.throughline.core.initiative;

import java.util.Locale;
import java.util.regex.Pattern;

/** A Jira issue key such as {@code GROW-12}: project key, dash, positive number. */
public record InitiativeKey(String value) implements Comparable<InitiativeKey> {

    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]{0,17}");

    public InitiativeKey {
        if (value == null || !KEY.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an issue key; expected e.g. GROW-12");
        }
    }

    /** Accepts what people type: surrounding spaces and lower case are forgiven. */
    public static InitiativeKey parse(String text) {
        return new InitiativeKey(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String text) {
        return text != null && KEY.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    public String projectKey() {
        return value.substring(0, value.lastIndexOf('-'));
    }

    @Override
    public int compareTo(InitiativeKey other) {
        int byProject = projectKey().compareTo(other.projectKey());
        if (byProject != 0) {
            return byProject;
        }
        return Long.compare(number(), other.number());
    }

    private long number() {
        return Long.parseLong(value.substring(value.lastIndexOf('-') + 1));
    }

    @Override
    public String toString() {
        return value;
    }
}
