package io.throughline.core.gate;

import java.util.List;
import java.util.Objects;

/**
 * A gate's full answer: every policy's result in order (the issue panel's checklist) and the
 * verdict those results add up to (what the workflow validator enforces). The violations are read
 * from the verdict, never beside it.
 */
public record GateReport(String gate, List<PolicyResult> results) {

    public GateReport {
        Objects.requireNonNull(gate, "gate");
        results = List.copyOf(results);
    }

    public Verdict verdict() {
        return Verdict.of(results.stream().flatMap(result -> result.violations().stream()).toList());
    }
}
