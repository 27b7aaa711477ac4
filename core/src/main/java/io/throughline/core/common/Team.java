package io.throughline.core.common;

import java.util.regex.Pattern;

/** A team that owns initiatives and provides what others depend on, by its stable name. */
public record Team(String name) implements Comparable<Team> {

    public static final int MAX_LENGTH = 64;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.&'-]*");

    public Team {
        name = Texts.requireLine(name, "team name", MAX_LENGTH);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("team name '" + name
                    + "' may hold letters, digits, spaces and _ . & ' - and must start with a letter or digit");
        }
    }

    public static Team of(String name) {
        return new Team(name);
    }

    @Override
    public int compareTo(Team other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
