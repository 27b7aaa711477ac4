package io.throughline.jira.rollup;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.util.Date;
import org.mockito.MockedStatic;

/**
 * atlassian-scheduler's value factories for one test, as Mockito stand-ins (the stubs' statics only
 * throw): the job's key and id are one value each, a configuration is a chain of stand-ins that ends
 * in {@link #scheduled} once the run mode and {@link #schedule} are set, and the runner's responses are
 * {@link #success} and {@link #failure}. Every factory call stays verifiable through the fields.
 */
final class SchedulerApi implements AutoCloseable {

    final MockedStatic<JobRunnerKey> keys = mockStatic(JobRunnerKey.class);
    final MockedStatic<JobId> ids = mockStatic(JobId.class);
    final MockedStatic<JobConfig> configs = mockStatic(JobConfig.class);
    final MockedStatic<Schedule> schedules = mockStatic(Schedule.class);
    final MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class);
    final JobRunnerKey key = mock(JobRunnerKey.class);
    final JobId id = mock(JobId.class);
    final Schedule schedule = mock(Schedule.class);
    final JobConfig scheduled = mock(JobConfig.class);
    final JobRunnerResponse success = mock(JobRunnerResponse.class);
    final JobRunnerResponse failure = mock(JobRunnerResponse.class);

    SchedulerApi() {
        this(RollUpReconcileJob.KEY);
    }

    /** For the job of {@code jobKey}, by interval or by cron expression. */
    SchedulerApi(String jobKey) {
        keys.when(() -> JobRunnerKey.of(jobKey)).thenReturn(key);
        ids.when(() -> JobId.of(jobKey)).thenReturn(id);
        schedules.when(() -> Schedule.forInterval(anyLong(), any(Date.class))).thenReturn(schedule);
        schedules.when(() -> Schedule.forCronExpression(anyString(), any(java.util.TimeZone.class))).thenReturn(schedule);
        JobConfig forRunner = mock(JobConfig.class);
        JobConfig onceInTheCluster = mock(JobConfig.class);
        configs.when(() -> JobConfig.forJobRunnerKey(key)).thenReturn(forRunner);
        when(forRunner.withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)).thenReturn(onceInTheCluster);
        when(onceInTheCluster.withSchedule(schedule)).thenReturn(scheduled);
        responses.when(() -> JobRunnerResponse.success(anyString())).thenReturn(success);
        responses.when(() -> JobRunnerResponse.failed(anyString())).thenReturn(failure);
    }

    @Override
    public void close() {
        responses.close();
        schedules.close();
        configs.close();
        ids.close();
        keys.close();
    }
}
