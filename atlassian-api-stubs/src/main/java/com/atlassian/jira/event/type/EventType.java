// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/event/type/EventType.html — members used by Throughline only.
package com.atlassian.jira.event.type;

/** Ids of Jira's system issue event types (values as in Jira). */
public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_MOVED_ID = 9L;
    public static final Long ISSUE_GENERICEVENT_ID = 13L;

    private EventType() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
