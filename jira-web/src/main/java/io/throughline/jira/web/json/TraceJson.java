package io.throughline.jira.web.json;

import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.DeliveryItem;
import io.throughline.core.trace.Progress;
import io.throughline.core.trace.TeamProgress;
import io.throughline.core.trace.Trace;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /initiatives/{key}/trace}: the work under an initiative as the caller may see it.
 * {@code points} (overall and per item) is null when the host has no estimate field.
 */
public record TraceJson(String initiative, String asOf, boolean truncated, ProgressJson progress,
                        List<TeamJson> teams, String lastActivity, List<ItemJson> items) {

    /** Items by category, percent done (null for no items), points when the host has estimates. */
    public record ProgressJson(int items, int toDo, int inProgress, int done, Integer percentDone, PointsJson points) {

        public static ProgressJson of(Progress progress) {
            return new ProgressJson(progress.items(), progress.toDo(), progress.inProgress(), progress.done(),
                    progress.percentDone().orElse(null),
                    progress.points().map(points -> new PointsJson(points.total(), points.done())).orElse(null));
        }
    }

    public record PointsJson(BigDecimal total, BigDecimal done) {
    }

    public record TeamJson(String team, int items, int toDo, int inProgress, int done) {

        static TeamJson of(TeamProgress team) {
            Progress progress = team.progress();
            return new TeamJson(team.team().name(), progress.items(), progress.toDo(), progress.inProgress(),
                    progress.done());
        }
    }

    public record ItemJson(String key, String summary, String type, String team, String status, String category,
                           String parent, String via, BigDecimal points, String startedAt, String resolvedAt,
                           String updatedAt) {

        static ItemJson of(DeliveryItem item) {
            return new ItemJson(item.key().value(), item.summary(), item.issueType(), item.team().name(), item.status(),
                    item.category().name(), item.parent().map(InitiativeKey::value).orElse(null), item.via().name(),
                    item.points().orElse(null), item.startedAt().map(Instant::toString).orElse(null),
                    item.resolvedAt().map(Instant::toString).orElse(null), item.updatedAt().toString());
        }
    }

    public static TraceJson of(Trace trace) {
        return new TraceJson(trace.initiative().value(), trace.asOf().toString(), trace.truncated(),
                ProgressJson.of(trace.progress()), trace.teams().stream().map(TeamJson::of).toList(),
                trace.lastActivity().map(Instant::toString).orElse(null),
                trace.items().stream().map(ItemJson::of).toList());
    }
}
