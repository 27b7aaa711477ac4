// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/issuetype/IssueType.html — members used by Throughline only.
package com.atlassian.jira.issue.issuetype;

/** Jira issue type (an issue constant). */
public interface IssueType {
    String getId();

    String getName();
}
