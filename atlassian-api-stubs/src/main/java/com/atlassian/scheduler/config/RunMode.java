// Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html — the constants Throughline uses.
// An enum, "how a Job will be run by the scheduler": RUN_ONCE_PER_CLUSTER (one node runs each firing; the job is kept in
// the database) or RUN_LOCALLY (each node, kept in memory).
package com.atlassian.scheduler.config;

/** Where a job runs. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER, RUN_LOCALLY
}
