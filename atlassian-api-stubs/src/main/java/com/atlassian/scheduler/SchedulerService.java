// Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html — members used by Throughline only.
// A @PublicApi interface, the same shape in every atlassian-scheduler since 1.x (Bamboo 9.x's implementation lists the
// same methods). Facts relied on (the interface's method Javadoc): a runner registration is per node and does not survive
// a restart; a second registration for the same key replaces the first; a job that fires with no runner registered is not
// run (reported UNAVAILABLE); scheduleJob with the id of an existing job replaces that job, so every node may schedule it on
// start, and a first run set in the future keeps two nodes starting together from running it twice; unscheduleJob of an
// unknown id is ignored. Jira's implementation runs a RUN_ONCE_PER_CLUSTER job locally on a server that is not clustered.
// Nulls: neither argument may be null. Threading: jobs run on the scheduler's worker threads, with no user logged in.
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/** Schedules jobs and holds the runners that perform them. */
public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    /** Schedules the job, replacing a job with the same id. */
    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;
}
