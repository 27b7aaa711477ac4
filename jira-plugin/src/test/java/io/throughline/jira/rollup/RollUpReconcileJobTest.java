package io.throughline.jira.rollup;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static io.throughline.core.trace.StatusCategory.DONE;
import static io.throughline.core.trace.TraceVia.LINK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import io.throughline.core.common.Team;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.TestWorld;
import io.throughline.core.trace.DeliveryRollUp;
import io.throughline.core.trace.DeliveryRollUps;
import io.throughline.core.trace.Progress;
import io.throughline.core.trace.RollUpService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RollUpReconcileJobTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    private final TestWorld world = new TestWorld(LocalDate.of(2026, 12, 1), Team.of("GROW"), Team.of("DATA"));
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final JobRunnerRequest request = mock(JobRunnerRequest.class);
    private final SchedulerApi api = new SchedulerApi();

    RollUpReconcileJobTest() {
        world.initiatives.save(initiative("GROW-1").team("GROW").build());
        world.initiatives.save(initiative("DATA-1").team("DATA").build());
        world.delivery.issue("GROW-10", "Story", "GROW", DONE, null, T).edge("GROW-1", "GROW-10", LINK);
    }

    @AfterEach
    void closeTheSchedulerApi() {
        api.close();
    }

    private RollUpReconcileJob job(SchedulerService on) {
        return new RollUpReconcileJob(on, world.app.rollUps(), world.clock);
    }

    @Test
    void startingRegistersTheRunnerAndSchedulesTheDailyJobRunOncePerCluster() throws SchedulerServiceException {
        RollUpReconcileJob job = job(scheduler);

        job.schedule();

        verify(scheduler).registerJobRunner(api.key, job);
        // forJobRunnerKey(key).withRunMode(RUN_ONCE_PER_CLUSTER).withSchedule(schedule) is the only way to api.scheduled.
        verify(scheduler).scheduleJob(api.id, api.scheduled);
        // The first run lies after the start, so nodes starting together settle on one job before it fires.
        api.schedules.verify(() -> Schedule.forInterval(Duration.ofDays(1).toMillis(),
                Date.from(world.clock.now().plus(RollUpReconcileJob.FIRST_RUN_AFTER_START))));
    }

    @Test
    void aConfiguredIntervalIsWhatIsScheduled() {
        new RollUpReconcileJob(scheduler, world.app.rollUps(), world.clock, Duration.ofHours(6)).schedule();

        api.schedules.verify(() -> Schedule.forInterval(Duration.ofHours(6).toMillis(),
                Date.from(world.clock.now().plus(RollUpReconcileJob.FIRST_RUN_AFTER_START))));
    }

    @Test
    void twoNodesStartingLeaveOneJobInTheClusterAndARunnerOnEach() {
        Cluster cluster = new Cluster();
        RollUpReconcileJob first = job(cluster.node());
        RollUpReconcileJob second = job(cluster.node());

        first.schedule();
        second.schedule();

        assertThat(cluster.jobs).containsOnlyKeys(api.id);
        assertThat(cluster.runners).containsExactly(first, second);
    }

    @Test
    void stoppingUnregistersThisNodesRunnerAndLeavesTheClustersJob() {
        job(scheduler).unschedule();

        verify(scheduler).unregisterJobRunner(api.key);
        verifyNoMoreInteractions(scheduler);
    }

    @Test
    void aSchedulerThatRefusesIsLoggedAndTheRunnerStaysRegistered() throws SchedulerServiceException {
        doThrow(new SchedulerServiceException("no database")).when(scheduler).scheduleJob(any(), any());
        RollUpReconcileJob job = job(scheduler);

        assertThatCode(job::schedule).doesNotThrowAnyException();
        verify(scheduler).registerJobRunner(same(api.key), same(job));
    }

    @Test
    void aRunReconcilesAndReportsWhatItDid() {
        world.rollUps.put(new DeliveryRollUp(InitiativeKey.parse("GONE-1"), Team.of("GROW"),
                Progress.of(0, 0, 0, Optional.empty()), Optional.empty(), false, T));
        world.delivery.failFor("DATA-1");

        JobRunnerResponse response = job(scheduler).runJob(request);

        assertThat(response).isSameAs(api.success);
        api.responses.verify(() -> JobRunnerResponse.success("refreshed 1, removed 1, failed 1"));
        assertThat(world.rollUps.find(InitiativeKey.parse("GROW-1"))).isPresent();
        assertThat(world.rollUps.find(InitiativeKey.parse("GONE-1"))).isEmpty();
    }

    @Test
    void aRunWhereEveryInitiativeFailedIsAFailedRun() {
        world.delivery.failFor("GROW-1").failFor("DATA-1");

        JobRunnerResponse response = job(scheduler).runJob(request);

        assertThat(response).isSameAs(api.failure);
        api.responses.verify(() -> JobRunnerResponse.failed("refreshed 0, removed 0, failed 2"));
    }

    @Test
    void aReconcileThatBreaksIsAFailedRunNotAnException() {
        DeliveryRollUps broken = mock(DeliveryRollUps.class);
        doThrow(new IllegalStateException("database gone")).when(broken).findAll();
        RollUpService rollUps = new RollUpService(world.initiatives, world.permissions, world.teams, world.app.trace(),
                world.delivery, broken, world.clock, world.transactions);

        JobRunnerResponse response = new RollUpReconcileJob(scheduler, rollUps, world.clock).runJob(request);

        assertThat(response).isSameAs(api.failure);
        api.responses.verify(() -> JobRunnerResponse.failed(org.mockito.ArgumentMatchers.contains("database gone")));
    }

    @Test
    void theIntervalIsAWholeNumberOfHoursFromTheJvmPropertyElseADay() {
        assertThat(RollUpReconcileJob.configuredInterval("6")).isEqualTo(Duration.ofHours(6));
        assertThat(RollUpReconcileJob.configuredInterval(" 48 ")).isEqualTo(Duration.ofHours(48));
        assertThat(RollUpReconcileJob.configuredInterval(null)).isEqualTo(RollUpReconcileJob.DEFAULT_INTERVAL);
        assertThat(RollUpReconcileJob.configuredInterval("0")).isEqualTo(RollUpReconcileJob.DEFAULT_INTERVAL);
        assertThat(RollUpReconcileJob.configuredInterval("daily")).isEqualTo(RollUpReconcileJob.DEFAULT_INTERVAL);
        assertThat(RollUpReconcileJob.DEFAULT_INTERVAL).isEqualTo(Duration.ofDays(1));
    }

    /**
     * The cluster's scheduler as its Javadoc describes it: jobs are kept per id for the whole cluster and
     * scheduling an id again replaces that job; runners are registered on each node.
     */
    private static final class Cluster {
        final Map<JobId, JobConfig> jobs = new HashMap<>();
        final List<JobRunner> runners = new ArrayList<>();

        SchedulerService node() {
            return new SchedulerService() {
                private final Map<JobRunnerKey, JobRunner> local = new HashMap<>();

                @Override
                public void registerJobRunner(JobRunnerKey key, JobRunner runner) {
                    local.put(key, runner);
                    runners.add(runner);
                }

                @Override
                public void unregisterJobRunner(JobRunnerKey key) {
                    runners.remove(local.remove(key));
                }

                @Override
                public void scheduleJob(JobId id, JobConfig config) {
                    jobs.put(id, config);
                }
            };
        }
    }
}
