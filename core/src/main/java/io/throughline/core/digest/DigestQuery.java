package io.throughline.core.digest;

import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.Team;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a digest is asked for: the day it starts (seven days before today when empty) and the teams (every
 * team the viewer may know about when none). Whether the day is too late or too early is the service's
 * to say, against today.
 */
public record DigestQuery(Optional<LocalDate> since, Collection<Team> teams) {

    public static final String SINCE = "since";
    public static final String TEAM = "team";

    /** The last seven days, for every team the viewer may know about. */
    public static final DigestQuery LAST_WEEK = new DigestQuery(Optional.empty(), List.of());

    public DigestQuery {
        Objects.requireNonNull(since, "since");
        teams = List.copyOf(teams);
    }

    /**
     * The query from what a person typed (each may be null or blank): a date as {@code YYYY-MM-DD} and team
     * names.
     *
     * @throws io.throughline.core.common.ThroughlineException.InvalidInput on {@code since} when it is not a
     *     date, on {@code team} for a name no team can have
     */
    public static DigestQuery parse(String since, Collection<String> teams) {
        FieldErrors errors = new FieldErrors();
        Optional<LocalDate> day = Optional.empty();
        if (since != null && !since.isBlank()) {
            try {
                day = Optional.of(LocalDate.parse(since.strip()));
            } catch (DateTimeParseException e) {
                errors.add(SINCE, "throughline.digest.since.not-a-date", since.strip());
            }
        }
        List<Team> asked = new java.util.ArrayList<>();
        for (String name : teams == null ? List.<String>of() : teams) {
            if (name == null || name.isBlank()) {
                continue;
            }
            try {
                asked.add(Team.of(name.strip()));
            } catch (IllegalArgumentException noTeamsName) {
                // A name no team can have is refused like a team that does not exist.
                errors.add(TEAM, "throughline.portfolio.team.unknown", name.strip());
            }
        }
        errors.throwIfAny();
        return new DigestQuery(day, asked);
    }
}
