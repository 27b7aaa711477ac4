// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/status/Status.html — members used by Throughline only.
package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

/** Jira workflow status (an issue constant). */
public interface Status {
    String getId();

    String getName();

    StatusCategory getStatusCategory();
}
