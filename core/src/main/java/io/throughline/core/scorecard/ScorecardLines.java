package io.throughline.core.scorecard;

import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.KeyedByInitiative;
import io.throughline.core.signal.WeeklyProgress;
import java.time.LocalDate;
import java.util.List;

/**
 * Port: the stored scorecard lines. Per initiative the store keeps its newest line and the line of
 * every day that starts a week (the weekly snapshots); a line of another day is dropped once a later
 * line of the same initiative is stored. Two nodes may store the same initiative's line of the same
 * day at once: the one computed last (by {@link ScorecardLine#computedAt()}) is kept, whichever write
 * arrives last.
 */
public interface ScorecardLines extends KeyedByInitiative, WeeklyProgress {

    /** A host that keeps no lines: nothing is stored and nothing is found. */
    ScorecardLines NONE = new ScorecardLines() {
        @Override
        public void put(ScorecardLine line) {
        }

        @Override
        public List<ScorecardLine> asOf(LocalDate day) {
            return List.of();
        }

        @Override
        public List<ScorecardLine> weeks(InitiativeKey initiative, LocalDate upTo, int count) {
            return List.of();
        }

        @Override
        public void remove(InitiativeKey initiative) {
        }

        @Override
        public void rekey(InitiativeKey from, InitiativeKey to) {
        }
    };

    /**
     * Stores the line as its initiative's of its day, replacing one computed earlier for that day (one
     * computed later is kept instead), and drops the initiative's lines of earlier days that do not
     * start a week.
     *
     * @throws ThroughlineException.Conflict {@link #raced} when another writer stored the same line first
     *     at the same moment; putting again in a new transaction then keeps the newer
     */
    void put(ScorecardLine line);

    /** For every initiative with one, its newest line of a day on or before {@code day}, by initiative key; one read. */
    List<ScorecardLine> asOf(LocalDate day);

    /** The initiative's weekly snapshots on or before {@code upTo}, at most {@code count}, oldest first. */
    List<ScorecardLine> weeks(InitiativeKey initiative, LocalDate upTo, int count);

    @Override
    default List<Integer> percentDone(InitiativeKey initiative, LocalDate upTo, int weeks) {
        return weeks(initiative, upTo, weeks).stream().map(ScorecardService::percentDone).toList();
    }

    /** Forgets every line of the initiative. Safe to repeat. */
    void remove(InitiativeKey initiative);

    /** The conflict of a put that lost an insert race with another writer; worded once for every store. */
    static ThroughlineException.Conflict raced(InitiativeKey initiative) {
        return new ThroughlineException.Conflict(Message.of("throughline.scorecard.changed-meanwhile",
                initiative.value()));
    }
}
