// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/history/ChangeItemBean.html — members used by Throughline only.
// A class; for the "status" field, from/to hold status ids and fromString/toString their names (Atlassian's change-history
// schema page). The constructor (fieldType, field, from, fromString, to, toString) is here for tests.
package com.atlassian.jira.issue.history;

/** One field change of a change group. */
public class ChangeItemBean {
    private final String field;
    private final String from;
    private final String to;

    public ChangeItemBean(String fieldType, String field, String from, String fromString, String to, String toString) {
        this.field = field;
        this.from = from;
        this.to = to;
    }

    public String getField() {
        return field;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }
}
