// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/config/StatusManager.html — members used by Throughline only.
// Jira's @PublicApi interface source (since 5.0): getStatus returns null when no status has the id.
package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;

/** Finds workflow statuses. */
public interface StatusManager {
    /** The status with this id, or null if there is none. */
    Status getStatus(String id);
}
