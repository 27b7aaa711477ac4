package io.throughline.core.trace;

import io.throughline.core.common.Clock;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The delivery trace of an initiative: walks the host's work level by level as the viewer (one
 * host search per level, at most {@value #MAX_LEVELS} levels) and rolls it up. Each issue counts once,
 * at the first place the walk met it; the initiative itself and anything that leads back to an item
 * already in the trace are not walked again, so cycles end; a sub-task under a sub-task (which Jira's
 * model does not allow) is left out. At {@code maxItems} the walk stops and the trace says it was
 * truncated. An issue delivering two initiatives is in both traces.
 */
public final class TraceService {

    public static final int DEFAULT_MAX_ITEMS = 2_000;
    /**
     * Linked issues (or Parent Link children), their issues or children, and two levels more: an
     * Advanced Roadmaps hierarchy above epics, the epics' issues, and their sub-tasks.
     */
    public static final int MAX_LEVELS = 4;

    private final InitiativeAccess access;
    private final DeliveryWork work;
    private final Clock clock;
    private final int maxItems;

    public TraceService(InitiativeAccess access, DeliveryWork work, Clock clock, int maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("the trace needs room for at least one item: " + maxItems);
        }
        this.access = access;
        this.work = work;
        this.clock = clock;
        this.maxItems = maxItems;
    }

    /** The trace as {@code viewer} may see it; an initiative they may not see, or the app does not know, is not found. */
    public Trace trace(UserRef viewer, InitiativeKey initiative) {
        access.toView(viewer, initiative);
        return walk(Audience.of(viewer), initiative);
    }

    /**
     * The whole trace whoever may browse it, for what keeps counts and dates only (the stored
     * roll-ups and scorecard lines); never shown item by item.
     */
    public Trace aggregate(InitiativeKey initiative) {
        return walk(Audience.AGGREGATE, initiative);
    }

    /**
     * The trace for {@code audience}, without asking whether anyone may see the initiative: the
     * caller decides that (the roll-up, computed for {@link Audience#AGGREGATE}, keeps counts only).
     */
    Trace walk(Audience audience, InitiativeKey initiative) {
        Map<InitiativeKey, DeliveryItem> found = new LinkedHashMap<>();
        boolean truncated = false;
        List<DeliveryItem> level = work.under(audience, initiative, maxItems + 1);
        for (int depth = 1; !level.isEmpty(); depth++) {
            List<InitiativeKey> frontier = new ArrayList<>();
            for (DeliveryItem item : level) {
                if (item.key().equals(initiative) || found.containsKey(item.key()) || subTaskOfSubTask(item, found)) {
                    continue;
                }
                if (found.size() == maxItems) {
                    truncated = true;
                    break;
                }
                found.put(item.key(), item);
                frontier.add(item.key());
            }
            if (truncated || frontier.isEmpty() || depth == MAX_LEVELS) {
                break;
            }
            level = work.childrenOf(audience, frontier, maxItems - found.size() + 1);
        }
        boolean estimates = work.hasEstimates();
        List<DeliveryItem> items = List.copyOf(found.values());
        RollUp.Summary figures = RollUp.summarize(items, estimates);
        return new Trace(initiative, clock.now(), truncated, items, figures.progress(), figures.teams(),
                figures.lastActivity());
    }

    private static boolean subTaskOfSubTask(DeliveryItem item, Map<InitiativeKey, DeliveryItem> found) {
        return item.via() == TraceVia.SUBTASK && item.parent().map(found::get)
                .filter(parent -> parent.via() == TraceVia.SUBTASK).isPresent();
    }
}
