package io.throughline.core.setup;

import io.throughline.core.common.Message;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the setup check: fine, or a problem with what to do about it. A problem the app may
 * fix itself (safely, reversibly) says so; the page then offers the fix as a button.
 */
public record Finding(Status status, Message text, Optional<Message> fix, boolean fixable) {

    /** Fine, or in need of an admin. */
    public enum Status {
        OK,
        PROBLEM
    }

    public Finding {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fix, "fix");
        if (status == Status.OK && (fix.isPresent() || fixable)) {
            throw new IllegalArgumentException("a finding that is fine needs no fix");
        }
        if (status == Status.PROBLEM && fix.isEmpty()) {
            throw new IllegalArgumentException("every problem says how to fix it: " + text.key());
        }
    }

    public static Finding ok(Message text) {
        return new Finding(Status.OK, text, Optional.empty(), false);
    }

    public static Finding problem(Message text, Message fix) {
        return new Finding(Status.PROBLEM, text, Optional.of(fix), false);
    }

    /** A problem the app can fix itself on the admin's request. */
    public static Finding fixableProblem(Message text, Message fix) {
        return new Finding(Status.PROBLEM, text, Optional.of(fix), true);
    }

    public boolean isProblem() {
        return status == Status.PROBLEM;
    }
}
