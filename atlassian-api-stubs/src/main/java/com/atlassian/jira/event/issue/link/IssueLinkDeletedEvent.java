// Mirrors https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/link/IssueLinkDeletedEvent.html — members used by Throughline only.
// A plain class (extends Object), constructor (IssueLink, java.time.Instant); the link it carries is gone from the
// database, but its two issues are not (whether Jira publishes this event for the links an issue deletion removes is
// UNCONFIRMED).
package com.atlassian.jira.event.issue.link;

import com.atlassian.jira.issue.link.IssueLink;

/** Published after a link between two issues was deleted. */
public class IssueLinkDeletedEvent {
    private IssueLinkDeletedEvent() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public IssueLink getIssueLink() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
