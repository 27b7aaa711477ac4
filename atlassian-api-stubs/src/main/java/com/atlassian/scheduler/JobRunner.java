// Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunner.html — members used by Throughline only.
// A @PublicSpi interface: plugins register it at start or when enabled and unregister it when disabled. The runner does its
// own error handling and reports with JobRunnerResponse.failed(String); a null response counts as success().
package com.atlassian.scheduler;

/** The work a scheduled job performs. */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
