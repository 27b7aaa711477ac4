package io.throughline.jira.listener;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.RollUpService;
import io.throughline.jira.trace.IssuesAbove;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the stored roll-ups current as Jira's work changes: after any issue event (handed on by
 * {@link InitiativeEventListener} once it has recorded the initiative's own copy, so a roll-up never
 * reads an initiative the app has not caught up with) and after a link of the app's type is made or
 * removed. What an event cannot reach (an issue deleted along with its links, an event lost while a
 * node was down) is corrected by the scheduled reconcile. Never throws into Jira.
 */
public final class RollUpListener {

    private static final Logger LOG = Logger.getLogger(RollUpListener.class.getName());

    private final EventPublisher publisher;
    private final RollUpService rollUps;
    private final IssuesAbove issuesAbove;

    public RollUpListener(EventPublisher publisher, RollUpService rollUps, IssuesAbove issuesAbove) {
        this.publisher = publisher;
        this.rollUps = rollUps;
        this.issuesAbove = issuesAbove;
    }

    /** Spring init-method: the link events come straight from Jira; issue events come through the initiative listener. */
    public void register() {
        publisher.register(this);
    }

    /** Spring destroy-method. */
    public void unregister() {
        publisher.unregister(this);
    }

    /**
     * Refreshes the initiatives at and above the issue. A deleted issue can no longer be searched, so
     * the walk starts from what the event's copy of it still names above it (its parent, epic, Parent
     * Link; its links are gone by then).
     */
    public void issueChanged(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null) {
            return;
        }
        try {
            if (Objects.equals(event.getEventTypeId(), EventType.ISSUE_DELETED_ID)) {
                issuesAbove.of(List.of(issue)).forEach(rollUps::issueChanged);
            } else {
                key(issue).ifPresent(rollUps::issueChanged);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Throughline could not update the delivery roll-ups after a change to "
                    + issue.getKey() + "; the daily reconcile will", e);
        }
    }

    @EventListener
    public void onLinkCreated(IssueLinkCreatedEvent event) {
        linkChanged(event.getIssueLink());
    }

    @EventListener
    public void onLinkDeleted(IssueLinkDeletedEvent event) {
        linkChanged(event.getIssueLink());
    }

    /**
     * A delivery link changes the trace of its source (the initiative that gained or lost the item) and
     * of whatever sits above that source; the destination's own trace and its other parents do not
     * depend on a link into it. Links of other types never join a trace.
     */
    private void linkChanged(IssueLink link) {
        if (link == null) {
            return;
        }
        try {
            Optional<Long> delivery = issuesAbove.deliveryLinkTypeId();
            if (delivery.isEmpty() || !delivery.get().equals(link.getLinkTypeId())) {
                return;
            }
            Issue source = link.getSourceObject();
            if (source != null) {
                key(source).ifPresent(rollUps::issueChanged);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Throughline could not update the delivery roll-ups after a link changed;"
                    + " the daily reconcile will", e);
        }
    }

    private static Optional<InitiativeKey> key(Issue issue) {
        String key = issue.getKey();
        return key != null && InitiativeKey.isValid(key) ? Optional.of(InitiativeKey.parse(key)) : Optional.empty();
    }
}
