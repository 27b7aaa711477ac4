// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/Issue.html — members used by Throughline only.
// Return types of the dates, getParentObject and isSubTask as atlassian-slack-integration-server (release-2.x) implements
// the whole interface against Jira 10.0: Timestamp, Issue, boolean. getResolutionDate is null while unresolved.
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import java.sql.Timestamp;

/** Jira issue (read side). */
public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    Project getProjectObject();

    IssueType getIssueType();

    Status getStatus();

    Object getCustomFieldValue(CustomField customField);

    Timestamp getCreated();

    Timestamp getUpdated();

    Timestamp getResolutionDate();

    /** The parent of a sub-task; null for any other issue. */
    Issue getParentObject();

    boolean isSubTask();
}
