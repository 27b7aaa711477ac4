package io.throughline.core.testing;

import io.throughline.core.gate.GateReport;
import io.throughline.core.gate.Violation;
import java.util.List;

/** Test shorthand: a report's violations, read the one way callers read them (by folding its verdict). */
public final class Verdicts {

    private Verdicts() {
    }

    public static List<Violation> violations(GateReport report) {
        return report.verdict().fold(List::of, blocked -> blocked);
    }
}
