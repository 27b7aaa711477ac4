package io.throughline.jira.web.json;

import io.throughline.core.common.Message;
import io.throughline.core.gate.GateReport;
import io.throughline.core.initiative.InitiativeField;
import java.util.List;
import java.util.function.Function;

/** A gate's verdict now: passed, or the violations that block it. */
public record GateJson(boolean passed, List<ViolationJson> violations) {

    public GateJson {
        violations = List.copyOf(violations);
    }

    public static GateJson of(GateReport report, Function<Message, String> text) {
        return report.verdict().fold(() -> new GateJson(true, List.of()),
                violations -> new GateJson(false, violations.stream()
                        .map(v -> new ViolationJson(v.policy().id(), v.field().map(InitiativeField::id).orElse(null),
                                text.apply(v.message())))
                        .toList()));
    }

    /** One thing the gate found missing; field is null when the violation concerns no single field. */
    public record ViolationJson(String policy, String field, String message) {
    }
}
