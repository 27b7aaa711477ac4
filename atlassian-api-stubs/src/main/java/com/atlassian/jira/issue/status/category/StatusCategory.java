// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/status/category/StatusCategory.html — members used by Throughline only.
// An interface (atlassian-slack-integration-server release-2.x implements it anonymously against Jira 10.0).
// Keys: "new" (To Do), "indeterminate" (In Progress), "done" (Done), "undefined" (No category).
package com.atlassian.jira.issue.status.category;

/** The group a status belongs to, by its stable key. */
public interface StatusCategory {
    String getKey();
}
