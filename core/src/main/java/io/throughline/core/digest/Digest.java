package io.throughline.core.digest;

import io.throughline.core.common.Team;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What changed since the start of {@code since} (the instant {@code from}, in the host's zone) until
 * {@code until} (when it was read), for the {@code teams} asked about (every team the viewer may know about
 * when none was asked), as one viewer may see it: an entry per initiative with something to tell, by key,
 * and how many of the teams' initiatives had nothing ({@code quiet}).
 */
public record Digest(LocalDate since, Instant from, Instant until, SortedSet<Team> teams, boolean teamAsked,
                     List<InitiativeDigest> initiatives, int quiet, DigestTotals totals) {

    public Digest {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        teams = Collections.unmodifiableSortedSet(new TreeSet<>(teams));
        initiatives = List.copyOf(initiatives);
        Objects.requireNonNull(totals, "totals");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("a digest ends after it starts: " + from + " to " + until);
        }
    }

    /** The digest of these entries, totalled. */
    public static Digest of(LocalDate since, Instant from, Instant until, SortedSet<Team> teams, boolean teamAsked,
                            List<InitiativeDigest> initiatives, int quiet) {
        return new Digest(since, from, until, teams, teamAsked, initiatives, quiet, DigestTotals.of(initiatives));
    }
}
