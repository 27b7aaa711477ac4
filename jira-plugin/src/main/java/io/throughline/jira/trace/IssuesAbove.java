package io.throughline.jira.trace;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.throughline.core.initiative.InitiativeKey;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The issues one level above Jira issues in a delivery trace, the reverse of each way the trace goes
 * down: a sub-task's parent, the epic of its Epic Link, its Parent Link, and the issues linking to it
 * with the app's link type (the issue is the link's destination). Keys only, whoever may browse them:
 * the roll-ups use them to find which initiatives to recompute. The links are read per issue (Jira
 * has no bulk read of the links of a set of issues), so the cost follows the number of issues asked.
 */
public final class IssuesAbove {

    private final CustomFieldManager customFields;
    private final IssueLinkTypeManager linkTypes;
    private final IssueLinkManager links;

    public IssuesAbove(CustomFieldManager customFields, IssueLinkTypeManager linkTypes, IssueLinkManager links) {
        this.customFields = customFields;
        this.linkTypes = linkTypes;
        this.links = links;
    }

    /** The keys directly above the issues; the field and link type lookups are made once per call. */
    public Set<InitiativeKey> of(Collection<Issue> issues) {
        if (issues.isEmpty()) {
            return Set.of();
        }
        TraceFields fields = TraceFields.of(customFields);
        Optional<Long> delivery = deliveryLinkTypeId();
        Set<InitiativeKey> above = new LinkedHashSet<>();
        for (Issue issue : issues) {
            if (issue.isSubTask()) {
                Issue parent = issue.getParentObject();
                if (parent != null) {
                    IssueValues.key(parent.getKey()).ifPresent(above::add);
                }
            }
            IssueValues.keyIn(issue, fields.epicLink()).ifPresent(above::add);
            IssueValues.keyIn(issue, fields.parentLink()).ifPresent(above::add);
            delivery.ifPresent(typeId -> deliveredBy(issue, typeId, above));
        }
        return Set.copyOf(above);
    }

    /** The id of the app's link type, if Jira has it: links of other types never join a trace. */
    public Optional<Long> deliveryLinkTypeId() {
        return DeliveryLinkType.find(linkTypes).map(IssueLinkType::getId);
    }

    private void deliveredBy(Issue issue, Long typeId, Set<InitiativeKey> above) {
        if (issue.getId() == null) {
            return;
        }
        for (IssueLink link : links.getInwardLinks(issue.getId())) {
            if (Objects.equals(link.getLinkTypeId(), typeId)) {
                Issue source = link.getSourceObject();
                if (source != null) {
                    IssueValues.key(source.getKey()).ifPresent(above::add);
                }
            }
        }
    }
}
