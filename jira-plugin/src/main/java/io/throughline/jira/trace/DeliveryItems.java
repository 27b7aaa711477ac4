package io.throughline.jira.trace;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import io.throughline.core.common.Team;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.DeliveryItem;
import io.throughline.core.trace.StatusCategory;
import io.throughline.core.trace.TraceVia;
import java.time.Instant;
import java.util.Optional;

/**
 * A found Jira issue as a delivery item. The team is the issue's project, by key: the same rule as
 * for initiatives ({@code JiraTeams}). An issue the core's values cannot hold (a key outside the
 * default key pattern, a project key that is no team name) is left out rather than failing the trace.
 */
final class DeliveryItems {

    private final TraceFields fields;
    private final StatusStarts starts;

    DeliveryItems(TraceFields fields, StatusStarts starts) {
        this.fields = fields;
        this.starts = starts;
    }

    Optional<DeliveryItem> item(Issue issue, Optional<InitiativeKey> parent, TraceVia via) {
        Optional<InitiativeKey> key = IssueValues.key(issue.getKey());
        Project project = issue.getProjectObject();
        if (key.isEmpty() || project == null || issue.getIssueType() == null || issue.getStatus() == null) {
            return Optional.empty();
        }
        StatusCategory category = StatusStarts.category(issue.getStatus());
        Optional<Instant> created = IssueValues.instant(issue.getCreated());
        Instant updated = IssueValues.instant(issue.getUpdated()).or(() -> created).orElse(Instant.EPOCH);
        try {
            return Optional.of(new DeliveryItem(key.get(), line(issue.getSummary()), line(issue.getIssueType().getName()),
                    new Team(project.getKey()), line(issue.getStatus().getName()), category, parent, via,
                    IssueValues.points(issue, fields.points()), starts.startedAt(issue.getId(), created, category),
                    IssueValues.instant(issue.getResolutionDate()), updated));
        } catch (IllegalArgumentException unusable) {
            return Optional.empty();
        }
    }

    /** Jira allows what the core's values refuse (control characters from odd imports): flatten them. */
    private static String line(String text) {
        return text == null ? null : text.replaceAll("\\p{Cntrl}+", " ").strip();
    }
}
