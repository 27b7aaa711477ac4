// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/context/JiraContextNode.html — members used by Throughline only.
package com.atlassian.jira.issue.context;

/** A custom field context (global, project, ...). */
public interface JiraContextNode {
}
