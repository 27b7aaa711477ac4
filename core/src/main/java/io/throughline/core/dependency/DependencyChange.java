package io.throughline.core.dependency;

import io.throughline.core.common.Texts;
import io.throughline.core.common.UserRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of a dependency: who moved it, when, and the date, reason or new terms that came with
 * it. A reopened request may carry a new needed-by date and a new description for its new round.
 */
public record DependencyChange(
        DependencyState from,
        DependencyState to,
        UserRef by,
        Instant at,
        Optional<LocalDate> committedDate,
        Optional<String> reason,
        Optional<LocalDate> neededBy,
        Optional<String> description) {

    public static final int MAX_REASON = 450;

    public DependencyChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(committedDate, "committedDate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(neededBy, "neededBy");
        Objects.requireNonNull(description, "description");
        DependencyAction action = DependencyAction.of(from, to).orElseThrow(() ->
                new IllegalArgumentException("a dependency cannot move from " + from + " to " + to));
        if (committedDate.isPresent() != (to == DependencyState.COMMITTED)) {
            throw new IllegalArgumentException("a committed date comes with, and only with, a commitment or revision");
        }
        if (reason.isPresent() != action.takesReason()) {
            throw new IllegalArgumentException("a reason comes with, and only with, a decline, revision or withdrawal");
        }
        if ((neededBy.isPresent() || description.isPresent()) && action != DependencyAction.REOPEN) {
            throw new IllegalArgumentException("new terms come only with a reopened request");
        }
        reason = reason.map(text -> Texts.requireText(text, "reason", MAX_REASON));
        description = description.map(text -> Texts.requireLine(text, "dependency description",
                NewDependency.MAX_DESCRIPTION));
    }

    /** A change without new terms (every change but a reopening that changes them). */
    public DependencyChange(DependencyState from, DependencyState to, UserRef by, Instant at,
                            Optional<LocalDate> committedDate, Optional<String> reason) {
        this(from, to, by, at, committedDate, reason, Optional.empty(), Optional.empty());
    }

    /** What this change did. */
    public DependencyAction action() {
        return DependencyAction.of(from, to).orElseThrow();
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

    public static DependencyChange revise(UserRef by, Instant at, LocalDate committedDate, String reason) {
        return new DependencyChange(DependencyState.COMMITTED, DependencyState.COMMITTED, by, at,
                Optional.of(committedDate), Optional.of(reason));
    }

    public static DependencyChange withdraw(DependencyState from, UserRef by, Instant at, String reason) {
        return new DependencyChange(from, DependencyState.WITHDRAWN, by, at, Optional.empty(), Optional.of(reason));
    }

    public static DependencyChange reopen(UserRef by, Instant at, Optional<LocalDate> neededBy,
                                          Optional<String> description) {
        return new DependencyChange(DependencyState.DECLINED, DependencyState.REQUESTED, by, at,
                Optional.empty(), Optional.empty(), neededBy, description);
    }
}
