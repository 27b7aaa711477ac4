package io.throughline.preview;

import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.PermissionCheck;
import io.throughline.core.trace.Audience;
import io.throughline.core.trace.DeliveryItem;
import io.throughline.core.trace.DeliveryWork;
import io.throughline.core.trace.TraceVia;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The trace's port over the preview's issue table, answering as Jira's search would: one query per
 * call, only issues the viewer may browse (by project, as the preview's directory grants; all of them
 * for a roll-up), at most {@code limit}. A sub-task joins by its parent, anything else below an item is an epic's issue.
 */
final class PreviewDeliveryWork implements DeliveryWork {

    private final PreviewIssues issues;
    private final PermissionCheck permissions;

    PreviewDeliveryWork(PreviewIssues issues, PermissionCheck permissions) {
        this.issues = issues;
        this.permissions = permissions;
    }

    @Override
    public List<DeliveryItem> under(Audience audience, InitiativeKey initiative, int limit) {
        return issues.delivering(initiative).stream().filter(issue -> mayBrowse(audience, issue))
                .limit(limit).map(issue -> item(issue, Optional.empty(), TraceVia.LINK)).toList();
    }

    @Override
    public List<DeliveryItem> childrenOf(Audience audience, Collection<InitiativeKey> parents, int limit) {
        return issues.childrenOf(parents).stream().filter(issue -> mayBrowse(audience, issue))
                .limit(limit)
                .map(issue -> item(issue, issue.parent(),
                        PreviewIssues.SUB_TASK.equals(issue.type()) ? TraceVia.SUBTASK : TraceVia.EPIC))
                .toList();
    }

    @Override
    public Set<InitiativeKey> above(Collection<InitiativeKey> keys) {
        return issues.above(keys);
    }

    /** Everything for a roll-up; for a viewer, what the preview's directory lets them browse. */
    private boolean mayBrowse(Audience audience, PreviewIssues.Issue issue) {
        return audience.viewer().map(viewer -> permissions.canView(viewer, issue.key())).orElse(true);
    }

    @Override
    public boolean hasEstimates() {
        return true;
    }

    private static DeliveryItem item(PreviewIssues.Issue issue, Optional<InitiativeKey> parent, TraceVia via) {
        return new DeliveryItem(issue.key(), issue.summary(), issue.type(), issue.team(), issue.status(),
                issue.category(), parent, via, issue.points(), issue.startedAt(), issue.resolvedAt(), issue.updatedAt());
    }
}
