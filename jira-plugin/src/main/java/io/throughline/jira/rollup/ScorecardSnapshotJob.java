package io.throughline.jira.rollup;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.throughline.core.common.Clock;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.portfolio.DependencyStatusService;
import io.throughline.core.scorecard.ScorecardService;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The day-change job: one job for the whole cluster (one id, run once per cluster) at five past
 * midnight in the app's zone, which first judges every dependency's status as of the new day and
 * stores it (health depends on the date), then stores every initiative's scorecard line of the new day
 * and fills each initiative's missing weekly snapshots. Every node registers the runner on start and
 * schedules the job; scheduling the same id again replaces it, so the cluster keeps one. Between runs,
 * writes keep the statuses and lines in step and say when they were computed.
 */
public final class ScorecardSnapshotJob implements JobRunner {

    /** The runner key and the job id. */
    public static final String KEY = "io.throughline.scorecard.snapshot";
    /** Five past midnight, every day (seconds, minutes, hours, day of month, month, day of week). */
    public static final String DAILY = "0 5 0 * * ?";

    private static final Logger LOG = Logger.getLogger(ScorecardSnapshotJob.class.getName());

    private final SchedulerService scheduler;
    private final ScorecardService scorecard;
    private final DependencyStatusService statuses;
    private final Clock clock;

    /** A job for the scorecard lines only (a host that keeps no dependency statuses). */
    public ScorecardSnapshotJob(SchedulerService scheduler, ScorecardService scorecard, Clock clock) {
        this(scheduler, scorecard, null, clock);
    }

    /** {@code statuses}: the stored dependency statuses, judged again before the lines (which read them). */
    public ScorecardSnapshotJob(SchedulerService scheduler, ScorecardService scorecard, DependencyStatusService statuses,
                                Clock clock) {
        this.scheduler = scheduler;
        this.scorecard = scorecard;
        this.statuses = statuses;
        this.clock = clock;
    }

    /** Spring init-method: registers this node's runner and (re)schedules the one job. */
    public void schedule() {
        JobRunnerKey runner = JobRunnerKey.of(KEY);
        scheduler.registerJobRunner(runner, this);
        JobConfig config = JobConfig.forJobRunnerKey(runner)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forCronExpression(DAILY, TimeZone.getTimeZone(clock.zone())));
        try {
            scheduler.scheduleJob(JobId.of(KEY), config);
        } catch (SchedulerServiceException | RuntimeException e) {
            LOG.log(Level.WARNING, "Throughline could not schedule the scorecard's day-change job; lines follow"
                    + " writes only until the next start", e);
        }
    }

    /** Spring destroy-method: this node stops running the job; the cluster's job stays scheduled. */
    public void unschedule() {
        scheduler.unregisterJobRunner(JobRunnerKey.of(KEY));
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        String judged = "";
        String statusFailure = null;
        if (statuses != null && statuses.kept()) {
            try {
                judged = "; judged " + statuses.rejudgeAll().analysis().statuses().size() + " dependency statuses";
            } catch (RuntimeException e) {
                // The lines are still worth storing; the statuses stay as of yesterday until a write or the next run.
                LOG.log(Level.WARNING, "Throughline's day-change job could not judge the dependency statuses", e);
                statusFailure = "Throughline dependency statuses failed: " + e;
            }
        }
        ScorecardService.Snapshot done;
        try {
            done = scorecard.snapshot();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Throughline's scorecard day-change job failed", e);
            return JobRunnerResponse.failed((statusFailure == null ? "" : statusFailure + "; ")
                    + "Throughline scorecard snapshot failed: " + e);
        }
        if (statusFailure != null) {
            return JobRunnerResponse.failed(statusFailure + "; stored " + done.stored() + " lines");
        }
        String summary = "stored " + done.stored() + " lines, filled " + done.weeksFilled().size()
                + " weeks, failed " + done.failed().size() + judged;
        if (!done.failed().isEmpty()) {
            String keys = done.failed().stream().limit(RollUpReconcileJob.NAMED_FAILURES).map(InitiativeKey::value)
                    .collect(Collectors.joining(", "));
            LOG.warning(() -> "Throughline's scorecard day-change job: " + summary + " (" + keys + ")");
        }
        return done.stored() == 0 && !done.failed().isEmpty() ? JobRunnerResponse.failed(summary)
                : JobRunnerResponse.success(summary);
    }
}
