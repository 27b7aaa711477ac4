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
            BigDecimal points = item.points().orElse(BigDecimal.ZERO);
            total = total.add(points);
            switch (item.category()) {
                case TO_DO -> toDo++;
                case IN_PROGRESS -> inProgress++;
                case DONE -> {
                    done++;
                    pointsDone = pointsDone.add(points);
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
        return teams.values().stream()
                .map(own -> new TeamProgress(own.get(0).team(), progress(own, estimates)))
                .sorted(Comparator.comparing((TeamProgress team) -> team.team().name()))
                .toList();
    }

    /** The newest change anywhere among the items. */
    public static Optional<Instant> lastActivity(Collection<DeliveryItem> items) {
        return items.stream().map(DeliveryItem::updatedAt).max(Comparator.naturalOrder());
    }
}
