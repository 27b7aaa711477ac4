package io.throughline.jira.web.json;

import io.throughline.core.common.Message;
import io.throughline.core.gate.GateAhead;
import io.throughline.core.gate.GateReport;
import io.throughline.core.initiative.InitiativeField;
import java.util.List;
import java.util.function.Function;

/**
 * A gate's verdict now: passed, or the violations that block it; {@code onDefaults} when no
 * transition out of the current status carries the gate, so it was judged with the app's defaults.
 */
public record GateJson(boolean passed, List<ViolationJson> violations, boolean onDefaults) {

    public GateJson {
        violations = List.copyOf(violations);
    }

    /** A verdict judged with the parameters of the transition that carries the gate. */
    public GateJson(boolean passed, List<ViolationJson> violations) {
        this(passed, violations, false);
    }

    public static GateJson of(GateAhead judged, Function<Message, String> text) {
        return of(judged.report(), judged.onDefaults(), text);
    }

    public static GateJson of(GateReport report, Function<Message, String> text) {
        return of(report, false, text);
    }

    private static GateJson of(GateReport report, boolean onDefaults, Function<Message, String> text) {
        return report.verdict().fold(() -> new GateJson(true, List.of(), onDefaults),
                violations -> new GateJson(false, violations.stream()
                        .map(v -> new ViolationJson(v.policy().id(), v.field().map(InitiativeField::id).orElse(null),
                                text.apply(v.message())))
                        .toList(), onDefaults));
    }

    /** One thing the gate found missing; field is null when the violation concerns no single field. */
    public record ViolationJson(String policy, String field, String message) {
    }
}
