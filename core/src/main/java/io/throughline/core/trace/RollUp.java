package io.throughline.core.trace;

import io.throughline.core.common.Team;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Progress from delivery items: a pure function, one pass, no host involved. */
public final class RollUp {

    private RollUp() {
    }

    /** A trace's figures: progress overall and per team (by team name), and the newest change. */
    public record Summary(Progress progress, List<TeamProgress> teams, Optional<Instant> lastActivity) {
        public Summary {
            teams = List.copyOf(teams);
        }
    }

    /**
     * {@link #progress}, {@link #byTeam} and {@link #lastActivity} in one pass over the items: what a
     * trace read computes for its 2,000 items at most.
     */
    public static Summary summarize(Collection<DeliveryItem> items, boolean estimates) {
        Tally all = new Tally();
        Map<Team, Tally> teams = new HashMap<>();
        Instant newest = null;
        for (DeliveryItem item : items) {
            all.add(item);
            teams.computeIfAbsent(item.team(), team -> new Tally()).add(item);
            if (newest == null || item.updatedAt().isAfter(newest)) {
                newest = item.updatedAt();
            }
        }
        return new Summary(all.progress(estimates), byName(teams, estimates), Optional.ofNullable(newest));
    }

    /** Items by category, percent done, and points when {@code estimates} (the host has an estimate field). */
    public static Progress progress(Collection<DeliveryItem> items, boolean estimates) {
        Tally all = new Tally();
        for (DeliveryItem item : items) {
            all.add(item);
        }
        return all.progress(estimates);
    }

    /** One entry per team with items, by team name. */
    public static List<TeamProgress> byTeam(Collection<DeliveryItem> items, boolean estimates) {
        Map<Team, Tally> teams = new HashMap<>();
        for (DeliveryItem item : items) {
            teams.computeIfAbsent(item.team(), team -> new Tally()).add(item);
        }
        return byName(teams, estimates);
    }

    private static List<TeamProgress> byName(Map<Team, Tally> teams, boolean estimates) {
        List<Team> byName = new ArrayList<>(teams.keySet());
        byName.sort(Comparator.comparing(Team::name));
        List<TeamProgress> progress = new ArrayList<>(byName.size());
        for (Team team : byName) {
            progress.add(new TeamProgress(team, teams.get(team).progress(estimates)));
        }
        return List.copyOf(progress);
    }

    /** The newest change anywhere among the items. */
    public static Optional<Instant> lastActivity(Collection<DeliveryItem> items) {
        Instant newest = null;
        for (DeliveryItem item : items) {
            if (newest == null || item.updatedAt().isAfter(newest)) {
                newest = item.updatedAt();
            }
        }
        return Optional.ofNullable(newest);
    }

    /** Counts by category and points, added up item by item; only estimates are added (most items carry none). */
    private static final class Tally {
        private int toDo;
        private int inProgress;
        private int done;
        private BigDecimal total = BigDecimal.ZERO;
        private BigDecimal pointsDone = BigDecimal.ZERO;

        void add(DeliveryItem item) {
            BigDecimal points = item.points().orElse(null);
            if (points != null) {
                total = total.add(points);
            }
            switch (item.category()) {
                case TO_DO -> toDo++;
                case IN_PROGRESS -> inProgress++;
                case DONE -> {
                    done++;
                    if (points != null) {
                        pointsDone = pointsDone.add(points);
                    }
                }
            }
        }

        Progress progress(boolean estimates) {
            return Progress.of(toDo, inProgress, done,
                    estimates ? Optional.of(new Progress.Points(total, pointsDone)) : Optional.empty());
        }
    }
}
