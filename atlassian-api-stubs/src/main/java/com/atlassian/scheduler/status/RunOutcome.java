// Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/status/RunOutcome.html — the constants Throughline's tests compare with.
// An enum: "what the result was the last time that this job attempted to fire"; UNAVAILABLE means no runner was registered.
package com.atlassian.scheduler.status;

/** How a run of a job ended. */
public enum RunOutcome {
    SUCCESS, UNAVAILABLE, ABORTED, FAILED
}
