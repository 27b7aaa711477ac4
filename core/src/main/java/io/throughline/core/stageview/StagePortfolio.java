package io.throughline.core.stageview;

import io.throughline.core.common.Team;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The portfolio by stage as one viewer may see it, now: the initiatives matching the query
 * ({@code total}, on every page), one page of them grouped by stage in lifecycle order, and whether
 * the gates ahead were judged for the rows shown (a page: yes; an export of every row: no).
 *
 * @param asOf             the day it is as of (today)
 * @param oldestComputedAt when the oldest scorecard line behind the rows shown was computed (the
 *                         health, signals and counts are as of it); empty with no row
 * @param page             the page shown, from 1
 * @param pages            how many pages the query has (at least 1)
 */
public record StagePortfolio(LocalDate asOf, SortedSet<Team> teams, Optional<Instant> oldestComputedAt, int total, int page,
                             int pages, int pageSize, boolean gatesJudged, List<StageSection> sections) {

    public StagePortfolio {
        Objects.requireNonNull(asOf, "asOf");
        teams = Collections.unmodifiableSortedSet(new TreeSet<>(teams));
        Objects.requireNonNull(oldestComputedAt, "oldestComputedAt");
        if (total < 0 || page < 1 || pages < 1 || page > pages || pageSize < 1) {
            throw new IllegalArgumentException("page " + page + " of " + pages + " with " + total + " rows");
        }
        sections = List.copyOf(sections);
    }

    /** The rows on this page, in the order shown. */
    public List<StageRow> rows() {
        return sections.stream().flatMap(section -> section.rows().stream()).toList();
    }

    /** The number of the first row on this page, from 1 (0 when there is none). */
    public int first() {
        return total == 0 ? 0 : (page - 1) * pageSize + 1;
    }

    /** The number of the last row on this page. */
    public int last() {
        return Math.min(total, page * pageSize);
    }
}
