// Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerResponse.html — members used by Throughline only.
// A class with static factories: success(), success(String), failed(String), failed(Throwable), aborted(String) (listed on
// the 1.6.0 class-use page); the scheduler keeps the message with the run's details.
package com.atlassian.scheduler;

/** The result of one run of a job. */
public final class JobRunnerResponse {
    private JobRunnerResponse() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static JobRunnerResponse success(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static JobRunnerResponse failed(String message) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
