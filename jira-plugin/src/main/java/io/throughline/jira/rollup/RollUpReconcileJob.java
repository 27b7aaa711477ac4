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
import io.throughline.core.trace.RollUpService;
import java.time.Duration;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The cluster-wide reconcile of the stored roll-ups: one job in the whole cluster (one id, run once
 * per cluster), daily by default, which recomputes every initiative's roll-up and drops those of
 * initiatives the app no longer knows. Every node registers the runner on start and schedules the job;
 * scheduling the same id again replaces the job, so the cluster still has one. The first run lies a few
 * minutes after the start, which keeps nodes starting together from running it twice and corrects what
 * a node missed while it was down. A node whose plugin is disabled has no runner, and the scheduler
 * runs nothing there.
 */
public final class RollUpReconcileJob implements JobRunner {

    /** The runner key and the job id (one job, so one id for the whole cluster). */
    public static final String KEY = "io.throughline.rollups.reconcile";
    /** How often the reconcile runs unless the JVM property {@value #INTERVAL_PROPERTY} gives a number of hours. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofDays(1);
    public static final String INTERVAL_PROPERTY = "throughline.rollups.reconcileHours";
    static final Duration FIRST_RUN_AFTER_START = Duration.ofMinutes(10);
    /** How many failed initiatives a log line names. */
    static final int NAMED_FAILURES = 20;

    private static final Logger LOG = Logger.getLogger(RollUpReconcileJob.class.getName());

    private final SchedulerService scheduler;
    private final RollUpService rollUps;
    private final Clock clock;
    private final Duration interval;

    public RollUpReconcileJob(SchedulerService scheduler, RollUpService rollUps, Clock clock) {
        this(scheduler, rollUps, clock, configuredInterval(System.getProperty(INTERVAL_PROPERTY)));
    }

    RollUpReconcileJob(SchedulerService scheduler, RollUpService rollUps, Clock clock, Duration interval) {
        this.scheduler = scheduler;
        this.rollUps = rollUps;
        this.clock = clock;
        this.interval = interval;
    }

    /** Spring init-method: registers this node's runner and (re)schedules the one job. */
    public void schedule() {
        JobRunnerKey runner = JobRunnerKey.of(KEY);
        scheduler.registerJobRunner(runner, this);
        JobConfig config = JobConfig.forJobRunnerKey(runner)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(interval.toMillis(),
                        Date.from(clock.now().plus(FIRST_RUN_AFTER_START))));
        try {
            scheduler.scheduleJob(JobId.of(KEY), config);
        } catch (SchedulerServiceException | RuntimeException e) {
            LOG.log(Level.WARNING, "Throughline could not schedule the delivery roll-up reconcile; roll-ups follow"
                    + " issue events only until the next start", e);
        }
    }

    /**
     * Spring destroy-method: this node stops running the job. The job itself stays scheduled, since
     * other nodes may still run it; with no runner anywhere it fires and does nothing.
     */
    public void unschedule() {
        scheduler.unregisterJobRunner(JobRunnerKey.of(KEY));
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        RollUpService.Reconciliation done;
        try {
            done = rollUps.reconcile();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Throughline's delivery roll-up reconcile failed", e);
            return JobRunnerResponse.failed("Throughline roll-up reconcile failed: " + e);
        }
        String summary = "refreshed " + done.refreshed() + ", removed " + done.removed() + ", failed "
                + done.failed().size();
        if (!done.failed().isEmpty()) {
            LOG.warning(() -> "Throughline's delivery roll-up reconcile: " + summary + " (" + named(done) + ")");
        }
        return done.refreshed() == 0 && !done.failed().isEmpty() ? JobRunnerResponse.failed(summary)
                : JobRunnerResponse.success(summary);
    }

    Duration interval() {
        return interval;
    }

    /** A positive whole number of hours, else the default (a typo in a JVM property must not stop the job). */
    static Duration configuredInterval(String hours) {
        try {
            long value = hours == null ? 0 : Long.parseLong(hours.strip());
            return value > 0 ? Duration.ofHours(value) : DEFAULT_INTERVAL;
        } catch (NumberFormatException e) {
            return DEFAULT_INTERVAL;
        }
    }

    private static String named(RollUpService.Reconciliation done) {
        String keys = done.failed().stream().limit(NAMED_FAILURES).map(InitiativeKey::value)
                .collect(Collectors.joining(", "));
        return done.failed().size() > NAMED_FAILURES ? keys + ", ..." : keys;
    }
}
