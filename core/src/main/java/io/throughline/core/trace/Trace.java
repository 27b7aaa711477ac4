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

    /**
     * The trace as it most likely stood at {@code end}, for a past day's scorecard line: the same
     * items (the host keeps no history of links), each done if it was resolved before then, in
     * progress if it had started, to do otherwise; its latest activity the newest of those moments.
     * An item done without a resolution date counts as done since its last change.
     */
    public Trace asOf(Instant end) {
        if (!end.isBefore(asOf)) {
            return this;
        }
        List<DeliveryItem> then = new java.util.ArrayList<>(items.size());
        for (DeliveryItem item : items) {
            Optional<Instant> resolved = item.category() == StatusCategory.DONE
                    ? Optional.of(item.resolvedAt().orElse(item.updatedAt())) : Optional.empty();
            Optional<Instant> started = item.startedAt().or(() -> resolved);
            StatusCategory category = resolved.filter(at -> at.isBefore(end)).isPresent() ? StatusCategory.DONE
                    : started.filter(at -> at.isBefore(end)).isPresent() ? StatusCategory.IN_PROGRESS
                    : StatusCategory.TO_DO;
            Instant last = category == StatusCategory.DONE ? resolved.orElseThrow()
                    : category == StatusCategory.IN_PROGRESS ? started.orElseThrow() : item.updatedAt();
            then.add(new DeliveryItem(item.key(), item.summary(), item.issueType(), item.team(), item.status(), category,
                    item.parent(), item.via(), item.points(), started.filter(at -> at.isBefore(end)),
                    resolved.filter(at -> at.isBefore(end)), last.isBefore(end) ? last : end));
        }
        RollUp.Summary figures = RollUp.summarize(then, progress.points().isPresent());
        Optional<Instant> activity = then.stream()
                .flatMap(item -> java.util.stream.Stream.of(item.startedAt(), item.resolvedAt()))
                .flatMap(Optional::stream).max(java.util.Comparator.naturalOrder());
        return new Trace(initiative, end, truncated, then, figures.progress(), figures.teams(), activity);
    }
}
