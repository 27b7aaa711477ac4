package io.throughline.jira.rollup;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.Schedule;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.portfolio.DependencyStatusService;
import io.throughline.core.portfolio.StoredStatus;
import io.throughline.core.scorecard.ScorecardLine;
import io.throughline.core.scorecard.ScorecardService;
import io.throughline.core.testing.TestWorld;
import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scorecard's day-change job at Jira's scheduler seam: one cluster-wide daily job, and what a run does. */
class ScorecardSnapshotJobTest {

    private final TestWorld world = TestWorld.keepingStatuses(LocalDate.of(2026, 12, 3), Team.of("GROW"),
            Team.of("DATA"));
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final JobRunnerRequest request = mock(JobRunnerRequest.class);
    private final SchedulerApi api = new SchedulerApi(ScorecardSnapshotJob.KEY);

    ScorecardSnapshotJobTest() {
        world.initiatives.save(initiative("GROW-1").team("GROW").build());
        world.initiatives.save(initiative("DATA-1").team("DATA").build());
    }

    @AfterEach
    void closeTheSchedulerApi() {
        api.close();
    }

    private ScorecardSnapshotJob job() {
        return new ScorecardSnapshotJob(scheduler, world.app.scorecard(), world.app.statuses(), world.clock);
    }

    @Test
    void startingRegistersTheRunnerAndSchedulesOneJobAfterMidnightRunOncePerCluster() throws SchedulerServiceException {
        ScorecardSnapshotJob job = job();

        job.schedule();

        verify(scheduler).registerJobRunner(api.key, job);
        verify(scheduler).scheduleJob(api.id, api.scheduled);
        api.schedules.verify(() -> Schedule.forCronExpression("0 5 0 * * ?", TimeZone.getTimeZone(world.clock.zone())));
    }

    @Test
    void aSchedulerThatRefusesIsLoggedAndStoppingUnregistersOnlyThisNodesRunner() throws SchedulerServiceException {
        doThrow(new SchedulerServiceException("no database")).when(scheduler).scheduleJob(any(), any());
        ScorecardSnapshotJob job = job();
        assertThatCode(job::schedule).doesNotThrowAnyException();
        verify(scheduler).registerJobRunner(same(api.key), same(job));

        job.unschedule();
        verify(scheduler).unregisterJobRunner(api.key);
    }

    @Test
    void aRunStoresTodaysLineOfEveryInitiativeAndFillsTheirMissingWeeks() {
        JobRunnerResponse response = job().runJob(request);

        assertThat(response).isSameAs(api.success);
        assertThat(world.scorecard.all(InitiativeKey.parse("GROW-1"))).extracting(ScorecardLine::day)
                .endsWith(LocalDate.of(2026, 12, 3));
        assertThat(world.scorecard.asOf(LocalDate.of(2026, 12, 3))).hasSize(2);
        api.responses.verify(() -> JobRunnerResponse.success(org.mockito.ArgumentMatchers.startsWith("stored ")));
    }

    @Test
    void aRunJudgesEveryDependencyStatusAsOfTheNewDayBeforeTheLines() {
        UserRef lead = world.admin("ops.lead");
        Dependency due = world.app.dependencies().request(lead, InitiativeKey.parse("GROW-1"),
                new DependencyForm("DATA", null, "Needs the export", "2026-12-04"));
        world.clock.advanceDays(2);

        JobRunnerResponse response = job().runJob(request);

        assertThat(response).isSameAs(api.success);
        StoredStatus stored = world.statuses.of(due.id()).orElseThrow();
        assertThat(stored.judgedOn()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(stored.health()).isEqualTo(Health.BLOCKED);
        // The line of the new day, stored after them, says the same.
        assertThat(world.scorecard.asOf(LocalDate.of(2026, 12, 5))).filteredOn(l -> l.initiative().value().equals("GROW-1"))
                .singleElement().satisfies(line -> assertThat(line.coordination().worstHealth()).contains(Health.BLOCKED));
        api.responses.verify(() -> JobRunnerResponse.success(org.mockito.ArgumentMatchers.endsWith(
                "; judged 1 dependency statuses")));
    }

    @Test
    void statusesThatCannotBeJudgedFailTheRunButTheLinesAreStillStored() {
        DependencyStatusService broken = mock(DependencyStatusService.class);
        org.mockito.Mockito.when(broken.kept()).thenReturn(true);
        doThrow(new IllegalStateException("statuses gone")).when(broken).rejudgeAll();

        JobRunnerResponse response = new ScorecardSnapshotJob(scheduler, world.app.scorecard(), broken, world.clock)
                .runJob(request);

        assertThat(response).isSameAs(api.failure);
        assertThat(world.scorecard.asOf(LocalDate.of(2026, 12, 3))).hasSize(2);
        api.responses.verify(() -> JobRunnerResponse.failed(org.mockito.ArgumentMatchers.contains("statuses gone")));
    }

    @Test
    void aSnapshotThatBreaksIsAFailedRunNotAnException() {
        ScorecardService broken = mock(ScorecardService.class);
        doThrow(new IllegalStateException("database gone")).when(broken).snapshot();

        JobRunnerResponse response = new ScorecardSnapshotJob(scheduler, broken, world.clock).runJob(request);

        assertThat(response).isSameAs(api.failure);
        api.responses.verify(() -> JobRunnerResponse.failed(org.mockito.ArgumentMatchers.contains("database gone")));
        verifyNoMoreInteractions(scheduler);
    }
}
