// Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html — members used by Throughline only.
// An @Immutable final class: forJobRunnerKey(JobRunnerKey) makes one and each with... method returns a changed copy (so the
// fluent calls return JobConfig, never void). The default run mode is not relied on: the app always sets it.
package com.atlassian.scheduler.config;

/** How a job is scheduled: its runner, schedule and run mode. */
public final class JobConfig {
    private JobConfig() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public JobConfig withSchedule(Schedule schedule) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public JobConfig withRunMode(RunMode runMode) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
