// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/context/GlobalIssueContext.html — members used by Throughline only.
package com.atlassian.jira.issue.context;

/** The global custom field context. Real supertype is AbstractJiraContext, which implements JiraContextNode. */
public class GlobalIssueContext implements JiraContextNode {
    private GlobalIssueContext() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static JiraContextNode getInstance() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
