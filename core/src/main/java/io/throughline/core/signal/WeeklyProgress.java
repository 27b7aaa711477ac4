package io.throughline.core.signal;

import io.throughline.core.initiative.InitiativeKey;
import java.time.LocalDate;
import java.util.List;

/** Port part: the share done of an initiative's trace in its weekly snapshots, which {@link Signal#MOSTLY_DONE} reads. */
public interface WeeklyProgress {

    /** Nothing snapshotted: {@link Signal#MOSTLY_DONE} is never raised. */
    WeeklyProgress NONE = (initiative, upTo, weeks) -> List.of();

    /**
     * The percent done of the initiative's weekly snapshots on or before {@code upTo}, at most
     * {@code weeks}, oldest first; a snapshot without a trace counts 0.
     */
    List<Integer> percentDone(InitiativeKey initiative, LocalDate upTo, int weeks);
}
