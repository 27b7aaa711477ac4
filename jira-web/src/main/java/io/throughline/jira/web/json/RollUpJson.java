package io.throughline.jira.web.json;

import io.throughline.core.common.Team;
import io.throughline.core.trace.DeliveryRollUp;
import io.throughline.core.trace.Progress;
import java.time.Instant;
import java.util.List;
import java.util.SortedSet;

/**
 * An initiative's stored delivery roll-up: counts by category over all its work, percent done
 * (null for no items), points (null without an estimate field), the newest change, whether the walk
 * stopped at the item cap, and when it was computed. Counts only: no key or summary of the work.
 */
public record RollUpJson(String initiative, String team, int items, int toDo, int inProgress, int done,
                         Integer percentDone, TraceJson.PointsJson points, String lastActivity, boolean truncated,
                         String computedAt) {

    public static RollUpJson of(DeliveryRollUp rollUp) {
        Progress progress = rollUp.progress();
        return new RollUpJson(rollUp.initiative().value(), rollUp.team().name(), progress.items(), progress.toDo(),
                progress.inProgress(), progress.done(), progress.percentDone().orElse(null),
                progress.points().map(points -> new TraceJson.PointsJson(points.total(), points.done())).orElse(null),
                rollUp.lastActivity().map(Instant::toString).orElse(null), rollUp.truncated(),
                rollUp.computedAt().toString());
    }

    /** {@code GET /portfolio/delivery}: the teams in scope and the roll-ups of the initiatives the caller may see. */
    public record Portfolio(String asOf, List<String> teams, List<RollUpJson> initiatives) {

        public static Portfolio of(Instant asOf, SortedSet<Team> teams,
                                   List<DeliveryRollUp> rollUps) {
            return new Portfolio(asOf.toString(), teams.stream().map(Team::name).toList(),
                    rollUps.stream().map(RollUpJson::of).toList());
        }
    }
}
