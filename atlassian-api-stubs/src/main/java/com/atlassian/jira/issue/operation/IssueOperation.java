// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/operation/IssueOperation.html (@PublicApi interface) — the type only: Throughline passes the constants
// of IssueOperations to FieldScreenScheme.getFieldScreen and calls nothing on them.
package com.atlassian.jira.issue.operation;

/** An operation on an issue (create, edit, view, move, ...). */
public interface IssueOperation {
}
