// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/Issue.html — members used by Throughline only.
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;

/** Jira issue (read side). */
public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    Project getProjectObject();

    IssueType getIssueType();

    Status getStatus();

    Object getCustomFieldValue(CustomField customField);
}
