package io.throughline.core.portfolio;

import io.throughline.core.common.Team;
import io.throughline.core.graph.HealthTally;
import io.throughline.core.graph.TeamMatrix;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

/**
 * Cross-team dependency status for a set of teams, as one viewer may see it: rows worst first,
 * counts by health, the team×team matrix and the circles of teams waiting on one another. Summary,
 * matrix and cycles always cover every dependency in scope; the rows may be only the worst
 * {@code matching} of them asked for ({@code matching} counts those the request's healths accept).
 * {@code asOf} is when the statuses counted were computed: the oldest of them.
 */
public record PortfolioStatus(
        Instant asOf,
        SortedSet<Team> teams,
        List<PortfolioRow> rows,
        HealthTally summary,
        TeamMatrix matrix,
        List<SortedSet<Team>> cycles,
        int matching) {

    public PortfolioStatus {
        Objects.requireNonNull(asOf, "asOf");
        teams = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(teams));
        rows = List.copyOf(rows);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(matrix, "matrix");
        cycles = List.copyOf(cycles);
        if (matching < rows.size()) {
            throw new IllegalArgumentException(matching + " rows matching, but " + rows.size() + " listed");
        }
    }

    /** A status listing every row in scope. */
    public PortfolioStatus(Instant asOf, SortedSet<Team> teams, List<PortfolioRow> rows, HealthTally summary,
                           TeamMatrix matrix, List<SortedSet<Team>> cycles) {
        this(asOf, teams, rows, summary, matrix, cycles, rows.size());
    }
}
