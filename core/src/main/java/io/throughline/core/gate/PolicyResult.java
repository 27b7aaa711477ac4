package io.throughline.core.gate;

import java.util.List;
import java.util.Objects;

/** One line of a readiness checklist: a policy and what it found missing (nothing when satisfied). */
public record PolicyResult(PolicyId policy, List<Violation> violations) {

    public PolicyResult {
        Objects.requireNonNull(policy, "policy");
        violations = List.copyOf(violations);
    }

    public boolean satisfied() {
        return violations.isEmpty();
    }
}
