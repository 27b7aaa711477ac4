// Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerRequest.html — no member is called by Throughline (the runner needs nothing from the request).
// An interface: "a request to run a job, providing information such as the job's configuration and intended start time".
package com.atlassian.scheduler;

/** What the scheduler passes to a runner. */
public interface JobRunnerRequest {
}
