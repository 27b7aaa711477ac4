// Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerResponse.html — members used by Throughline only.
// A class with static factories: success(), success(String), failed(String), failed(Throwable), aborted(String) (listed on
// the 1.6.0 class-use page); the scheduler keeps the message with the run's details. getRunOutcome() and getMessage() are
// called by Throughline's tests only; that the real class has them is UNCONFIRMED from the pages cited (RunOutcome is
// listed in com.atlassian.scheduler.status). The bodies keep the values so tests can read them.
package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

/** The result of one run of a job. */
public final class JobRunnerResponse {
    private final RunOutcome outcome;
    private final String message;

    private JobRunnerResponse(RunOutcome outcome, String message) {
        this.outcome = outcome;
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, message);
    }

    public RunOutcome getRunOutcome() {
        return outcome;
    }

    public String getMessage() {
        return message;
    }
}
