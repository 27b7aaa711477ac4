package io.throughline.core.gate;

import java.util.List;

/** What a gate decided: the transition may go ahead, or it is blocked for the listed reasons. */
public sealed interface Verdict {

    boolean passed();

    record Passed() implements Verdict {
        @Override
        public boolean passed() {
            return true;
        }
    }

    record Blocked(List<Violation> violations) implements Verdict {
        public Blocked {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a blocked verdict needs at least one violation");
            }
        }

        @Override
        public boolean passed() {
            return false;
        }
    }

    static Verdict of(List<Violation> violations) {
        return violations.isEmpty() ? new Passed() : new Blocked(violations);
    }
}
