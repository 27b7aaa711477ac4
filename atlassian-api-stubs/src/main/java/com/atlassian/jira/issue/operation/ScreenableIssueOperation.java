// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/operation/ScreenableIssueOperation.html (@PublicApi interface) — the type only.
package com.atlassian.jira.issue.operation;

/** An issue operation that has a screen (create, edit, view). */
public interface ScreenableIssueOperation extends IssueOperation {
}
