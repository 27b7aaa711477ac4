// Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerServiceException.html — members used by Throughline only.
// A checked exception ("indicates a problem interacting with the SchedulerService"): scheduleJob throws it when the
// configuration is unusable or the scheduler itself fails.
package com.atlassian.scheduler;

/** The scheduler could not do what was asked. */
public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }
}
