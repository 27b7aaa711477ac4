package io.throughline.core.gate;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a gate decided: the transition may go ahead, or it is blocked for the listed reasons.
 * Callers fold it (or match {@code instanceof Blocked}); there is no flag to read beside the
 * violations, so an answer and its reasons cannot disagree.
 */
public sealed interface Verdict {

    /** The one way to read a verdict: what to do when it passed, and what to do with the violations that block it. */
    <R> R fold(Supplier<R> whenPassed, Function<List<Violation>, R> whenBlocked);

    record Passed() implements Verdict {
        @Override
        public <R> R fold(Supplier<R> whenPassed, Function<List<Violation>, R> whenBlocked) {
            return whenPassed.get();
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
        public <R> R fold(Supplier<R> whenPassed, Function<List<Violation>, R> whenBlocked) {
            return whenBlocked.apply(violations);
        }
    }

    static Verdict of(List<Violation> violations) {
        return violations.isEmpty() ? new Passed() : new Blocked(violations);
    }
}
