// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/event/issue/IssueEvent.html — members used by Throughline only.
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Date;

/** Event Jira publishes when an issue changes. Real supertype is AbstractEvent, implementing IssueRelatedEvent. */
public final class IssueEvent {
    private IssueEvent() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /**
     * "The time the event was created": declared by {@code com.atlassian.jira.event.JiraEvent}
     * (https://docs.atlassian.com/jira/server/com/atlassian/jira/event/JiraEvent.html, {@code @PublicApi})
     * and inherited here from AbstractEvent; mirrored on this class because the stub has no supertype.
     */
    public Date getTime() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
