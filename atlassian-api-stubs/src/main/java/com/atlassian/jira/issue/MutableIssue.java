// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/MutableIssue.html — members used by Throughline only.
package com.atlassian.jira.issue;

/** Jira issue with setters; Throughline uses it only as an {@link Issue}. */
public interface MutableIssue extends Issue {
}
