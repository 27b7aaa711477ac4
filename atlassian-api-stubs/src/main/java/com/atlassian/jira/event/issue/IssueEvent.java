// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/event/issue/IssueEvent.html — members used by Throughline only.
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

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
}
