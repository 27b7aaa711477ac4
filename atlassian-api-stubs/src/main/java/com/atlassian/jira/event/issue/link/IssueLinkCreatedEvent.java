// Mirrors https://docs.atlassian.com/jira/latest/com/atlassian/jira/event/issue/link/IssueLinkCreatedEvent.html — members used by Throughline only.
// "Signals that an issue link was created"; a plain class (extends Object), constructor (IssueLink, java.time.Instant),
// published through the EventPublisher (public plugins listen to it with @EventListener next to IssueEvent).
package com.atlassian.jira.event.issue.link;

import com.atlassian.jira.issue.link.IssueLink;

/** Published after a link between two issues was created. */
public class IssueLinkCreatedEvent {
    private IssueLinkCreatedEvent() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public IssueLink getIssueLink() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
