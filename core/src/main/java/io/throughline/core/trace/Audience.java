package io.throughline.core.trace;

import io.throughline.core.common.UserRef;
import java.util.Objects;
import java.util.Optional;

/**
 * Whose permissions filter the delivery work a host returns: one person's (every list of items a
 * person reads), or nobody's ({@link #AGGREGATE}), only for the stored roll-ups, which keep counts
 * and dates and never an issue's key or summary.
 */
public sealed interface Audience {

    /** Every issue, whoever may browse it: for roll-ups only. */
    Audience AGGREGATE = new Aggregate();

    /** The work as {@code viewer} may see it: issues they may not browse are never returned. */
    static Audience of(UserRef viewer) {
        return new Viewer(viewer);
    }

    /** The person whose permissions apply, empty for {@link #AGGREGATE}. */
    Optional<UserRef> viewer();

    /** The work one person may see. */
    record Viewer(UserRef user) implements Audience {
        public Viewer {
            Objects.requireNonNull(user, "user");
        }

        @Override
        public Optional<UserRef> viewer() {
            return Optional.of(user);
        }
    }

    /** All the work, for counts. */
    record Aggregate() implements Audience {
        @Override
        public Optional<UserRef> viewer() {
            return Optional.empty();
        }
    }
}
