package io.throughline.core.scorecard;

import io.throughline.core.common.Team;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The operating scorecard as one viewer may see it, as of the end of {@code asOf}: a row per
 * initiative, in the order asked, a row per team, and the day the trends compare with.
 *
 * @param oldestComputedAt when the oldest line shown was computed (empty with no row): how stale it may be
 */
public record Scorecard(LocalDate asOf, LocalDate comparedWith, Optional<Instant> oldestComputedAt,
                        SortedSet<Team> teams, List<ScorecardRow> rows, List<TeamSummary> teamRows) {

    public Scorecard {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(comparedWith, "comparedWith");
        Objects.requireNonNull(oldestComputedAt, "oldestComputedAt");
        teams = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(teams));
        rows = List.copyOf(rows);
        teamRows = List.copyOf(teamRows);
    }
}
