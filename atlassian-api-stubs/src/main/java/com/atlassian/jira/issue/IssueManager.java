// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/IssueManager.html — members used by Throughline only.
package com.atlassian.jira.issue;

/** Looks issues up by key or id. */
public interface IssueManager {
    MutableIssue getIssueObject(String key);

    MutableIssue getIssueObject(Long id);

    /** Every key the issue has had, its current one included (an issue moved between projects keeps its old keys). */
    java.util.Set<String> getAllIssueKeys(Long issueId);
}
