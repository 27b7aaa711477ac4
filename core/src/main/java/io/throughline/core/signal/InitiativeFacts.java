package io.throughline.core.signal;

import io.throughline.core.initiative.Stage;
import io.throughline.core.trace.Progress;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the signals know of one initiative at one moment: its stage and since when, its trace (as the
 * stored roll-up counts it), the weekly snapshots of its share done, its horizon and readings, its
 * attributed production deployments, its evidence and its unaccepted contract changes.
 *
 * @param stageSince        when it entered its current stage (its creation, if it never moved)
 * @param trace             the trace's progress; empty when none was computed yet
 * @param traceMoved        the last time any trace item changed
 * @param allDoneSince      when the last open item was done, if every item is
 * @param weeklyPercentDone the share done in each weekly snapshot, oldest first, the latest last
 * @param readingByHorizon  whether a metric reading was observed on or before the horizon
 * @param eventsKnown       whether the installation received any production deployment in the last year
 * @param deploymentsInYear production deployments attributed to it in the last 365 days
 * @param speed             deployments and change fail rate in the last speed window and the one before
 * @param outputDeployments production deployments attributed to it in the output window
 * @param outcomeMoved      whether a reading in the outcome window moved toward the target
 * @param lastEvidence      when the latest evidence entry was recorded
 * @param unacceptedChanges contract changes no decision has accepted
 */
public record InitiativeFacts(Stage stage, Instant stageSince, Optional<Progress> trace, Optional<Instant> traceMoved,
                              Optional<Instant> allDoneSince, List<Integer> weeklyPercentDone,
                              Optional<LocalDate> horizon, boolean readingByHorizon, boolean eventsKnown,
                              int deploymentsInYear, Optional<Speed> speed, int outputDeployments,
                              boolean outcomeMoved, Optional<Instant> lastEvidence, int unacceptedChanges) {

    /** Deployments and change fail rate (empty with no deployment) in the window now and in the one before. */
    public record Speed(int deploymentsNow, Optional<BigDecimal> failRateNow, int deploymentsBefore,
                        Optional<BigDecimal> failRateBefore) {
        public Speed {
            Objects.requireNonNull(failRateNow, "failRateNow");
            Objects.requireNonNull(failRateBefore, "failRateBefore");
        }
    }

    public InitiativeFacts {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(stageSince, "stageSince");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(traceMoved, "traceMoved");
        Objects.requireNonNull(allDoneSince, "allDoneSince");
        weeklyPercentDone = List.copyOf(weeklyPercentDone);
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(speed, "speed");
        Objects.requireNonNull(lastEvidence, "lastEvidence");
    }
}
