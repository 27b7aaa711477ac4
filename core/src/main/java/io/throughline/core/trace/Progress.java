package io.throughline.core.trace;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Items by status category and the share done. {@code percentDone} is done items × 100 / items,
 * rounded down (3 of 12 is 25), empty for no items; {@code points} is present when the host has an
 * estimate field, an item without an estimate counting 0.
 */
public record Progress(int items, int toDo, int inProgress, int done, Optional<Integer> percentDone,
                       Optional<Points> points) {

    /** Estimated points in all and in items done. */
    public record Points(BigDecimal total, BigDecimal done) {
    }

    /** Progress from its counts, with the share done worked out as the record says. */
    public static Progress of(int toDo, int inProgress, int done, Optional<Points> points) {
        int items = toDo + inProgress + done;
        return new Progress(items, toDo, inProgress, done,
                items == 0 ? Optional.empty() : Optional.of((int) (done * 100L / items)), points);
    }

    public Progress {
        if (items != toDo + inProgress + done || toDo < 0 || inProgress < 0 || done < 0) {
            throw new IllegalArgumentException("categories must add up to the items: " + items + " != " + toDo
                    + " + " + inProgress + " + " + done);
        }
    }
}
