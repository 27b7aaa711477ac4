// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/operation/IssueOperations.html (@PublicApi class) — members used by Throughline only:
// "public static final ScreenableIssueOperation CREATE_ISSUE_OPERATION, EDIT_ISSUE_OPERATION, VIEW_ISSUE_OPERATION".
// The values here are placeholders for compiling; Jira's own constants are used at run time.
package com.atlassian.jira.issue.operation;

/** The issue operations Jira defines. */
public class IssueOperations {

    public static final ScreenableIssueOperation CREATE_ISSUE_OPERATION = new ScreenableIssueOperation() { };
    public static final ScreenableIssueOperation EDIT_ISSUE_OPERATION = new ScreenableIssueOperation() { };
    public static final ScreenableIssueOperation VIEW_ISSUE_OPERATION = new ScreenableIssueOperation() { };
}
