package io.throughline.core.trace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Progress from delivery items: a pure function, one pass, no host involved. */
public final class RollUp {

    private RollUp() {
    }

    /** Items by category, percent done, and points when {@code estimates} (the host has an estimate field). */
    public static Progress progress(Collection<DeliveryItem> items, boolean estimates) {
        int toDo = 0;
        int inProgress = 0;
        int done = 0;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal pointsDone = BigDecimal.ZERO;
        for (DeliveryItem item : items) {
            // Most items (epics, sub-tasks) carry no estimate: only estimates are added up.
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
        return Progress.of(toDo, inProgress, done,
                estimates ? Optional.of(new Progress.Points(total, pointsDone)) : Optional.empty());
    }

    /** One entry per team with items, by team name. */
    public static List<TeamProgress> byTeam(Collection<DeliveryItem> items, boolean estimates) {
        Map<String, List<DeliveryItem>> teams = new TreeMap<>();
        for (DeliveryItem item : items) {
            teams.computeIfAbsent(item.team().name(), name -> new ArrayList<>()).add(item);
        }
        // The tree map keeps the teams in name order already.
        List<TeamProgress> byName = new ArrayList<>(teams.size());
        for (List<DeliveryItem> own : teams.values()) {
            byName.add(new TeamProgress(own.get(0).team(), progress(own, estimates)));
        }
        return List.copyOf(byName);
    }

    /** The newest change anywhere among the items. */
    public static Optional<Instant> lastActivity(Collection<DeliveryItem> items) {
        return items.stream().map(DeliveryItem::updatedAt).max(Comparator.naturalOrder());
    }
}
