package io.throughline.core.dependency;

import io.throughline.core.common.Texts;
import io.throughline.core.common.UserRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One state change of a dependency: who moved it, when, and the date or reason that came with it. */
public record DependencyChange(
        DependencyState from,
        DependencyState to,
        UserRef by,
        Instant at,
        Optional<LocalDate> committedDate,
        Optional<String> reason) {

    public static final int MAX_REASON = 450;

    public DependencyChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(committedDate, "committedDate");
        Objects.requireNonNull(reason, "reason");
        if (!from.canMoveTo(to)) {
            throw new IllegalArgumentException("a dependency cannot move from " + from + " to " + to);
        }
        if (committedDate.isPresent() != (to == DependencyState.COMMITTED)) {
            throw new IllegalArgumentException("a committed date comes with, and only with, a commitment");
        }
        if (reason.isPresent() != (to == DependencyState.DECLINED)) {
            throw new IllegalArgumentException("a reason comes with, and only with, a decline");
        }
        reason = reason.map(text -> Texts.requireText(text, "decline reason", MAX_REASON));
    }

    public static DependencyChange commit(UserRef by, Instant at, LocalDate committedDate) {
        return new DependencyChange(DependencyState.REQUESTED, DependencyState.COMMITTED, by, at,
                Optional.of(committedDate), Optional.empty());
    }

    public static DependencyChange decline(UserRef by, Instant at, String reason) {
        return new DependencyChange(DependencyState.REQUESTED, DependencyState.DECLINED, by, at,
                Optional.empty(), Optional.of(reason));
    }

    public static DependencyChange deliver(UserRef by, Instant at) {
        return new DependencyChange(DependencyState.COMMITTED, DependencyState.DELIVERED, by, at,
                Optional.empty(), Optional.empty());
    }
}
