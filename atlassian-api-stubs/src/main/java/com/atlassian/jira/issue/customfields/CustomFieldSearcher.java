// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/CustomFieldSearcher.html — members used by Throughline only.
package com.atlassian.jira.issue.customfields;

/** The searcher attached to a custom field. */
public interface CustomFieldSearcher {
}
