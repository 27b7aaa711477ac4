// Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html — members used by Throughline only.
// An @Immutable final class: forJobRunnerKey(JobRunnerKey) makes one and each with... method returns a changed copy (so the
// fluent calls return JobConfig, never void). getRunMode()/getSchedule()/getJobRunnerKey() are members of the real class;
// the bodies keep the values so tests can read them. The default run mode is not relied on: it is always set.
package com.atlassian.scheduler.config;

import java.util.Objects;

/** How a job is scheduled: its runner, schedule and run mode. */
public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = Objects.requireNonNull(jobRunnerKey, "jobRunnerKey");
        this.runMode = runMode;
        this.schedule = schedule;
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, null);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }
}
