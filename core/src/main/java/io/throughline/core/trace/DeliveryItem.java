package io.throughline.core.trace;

import io.throughline.core.common.Team;
import io.throughline.core.common.Texts;
import io.throughline.core.initiative.InitiativeKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One issue of the work that delivers an initiative, as the host reports it to the viewer: its
 * status and status category, the item above it ({@code parent}, empty for an item linked to the
 * initiative itself), how it joined the trace, its estimate where the host has one, and when it
 * first went into progress, was resolved and last changed.
 */
public record DeliveryItem(InitiativeKey key, String summary, String issueType, Team team, String status,
                           StatusCategory category, Optional<InitiativeKey> parent, TraceVia via,
                           Optional<BigDecimal> points, Optional<Instant> startedAt, Optional<Instant> resolvedAt,
                           Instant updatedAt) {

    public DeliveryItem {
        Objects.requireNonNull(key, "key");
        summary = summary == null ? "" : summary;
        issueType = Texts.requireLine(issueType, "issue type", 255);
        Objects.requireNonNull(team, "team");
        status = Texts.requireLine(status, "status", 255);
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(points, "points");
        if (points.isPresent() && points.get().signum() < 0) {
            throw new IllegalArgumentException("an estimate cannot be negative: " + points.get());
        }
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
