package io.throughline.core.trace;

import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The work under an initiative as one viewer may see it, as of {@code asOf}: every item once, in
 * the order the walk found them (level by level), its progress overall and per team (teams by
 * name), the newest change anywhere in it, and whether the walk stopped at the item cap.
 */
public record Trace(InitiativeKey initiative, Instant asOf, boolean truncated, List<DeliveryItem> items,
                    Progress progress, List<TeamProgress> teams, Optional<Instant> lastActivity) {

    public Trace {
        items = List.copyOf(items);
        teams = List.copyOf(teams);
    }
}
