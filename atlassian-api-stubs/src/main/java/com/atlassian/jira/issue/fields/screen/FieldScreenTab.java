// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/screen/FieldScreenTab.html (@PublicApi interface) — members used by Throughline only.
// addFieldScreenLayoutItem(String) returns void (interface source as published, e.g. in Jira's own FieldScreenTab.java);
// Jira's implementation stores the new layout item through FieldScreenManager at once (no separate store() call).
package com.atlassian.jira.issue.fields.screen;

/** One tab of a screen. */
public interface FieldScreenTab {

    String getName();

    void addFieldScreenLayoutItem(String fieldId);
}
