package io.throughline.core.setup;

import io.throughline.core.common.Message;
import io.throughline.core.gate.Gate;
import io.throughline.core.initiative.StageMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Every workflow Initiatives use, with the transitions that carry each gate and their settings. */
final class WorkflowGatesCheck implements SectionCheck {

    static final String ID = "workflows";
    /** Per gate, in the order the workflow meets them: carried (with settings), missing, and how to add it. */
    private static final Map<String, List<String>> GATES = new LinkedHashMap<>();

    static {
        GATES.put(Gate.COMMIT, List.of("throughline.setup.workflow.gate.commit",
                "throughline.setup.workflow.missing.commit", "throughline.setup.workflow.missing.commit.fix"));
        GATES.put(Gate.OUTCOME, List.of("throughline.setup.workflow.gate.outcome",
                "throughline.setup.workflow.missing.outcome", "throughline.setup.workflow.missing.outcome.fix"));
        GATES.put(Gate.INVALIDATION, List.of("throughline.setup.workflow.gate.invalidation",
                "throughline.setup.workflow.missing.invalidation", "throughline.setup.workflow.missing.invalidation.fix"));
    }

    @Override
    public SetupSection check(SetupSnapshot setup, StageMapping mapping) {
        List<Finding> findings = new ArrayList<>();
        if (setup.workflows().isEmpty()) {
            findings.add(Finding.problem(Message.of("throughline.setup.workflow.none"),
                    Message.of("throughline.setup.issue-type.no-scheme.fix", setup.issueType().orElse(""))));
        }
        for (SetupSnapshot.Workflow workflow : setup.workflows()) {
            for (Map.Entry<String, List<String>> gateKeys : GATES.entrySet()) {
                String gate = gateKeys.getKey();
                List<String> keys = gateKeys.getValue();
                boolean carried = false;
                for (SetupSnapshot.Transition transition : workflow.transitions()) {
                    for (SetupSnapshot.GateSetting setting : transition.gates()) {
                        if (setting.gate().equals(gate)) {
                            carried = true;
                            findings.add(Finding.ok(Message.of(keys.get(0),
                                    workflow.name(), transition.name(), settings(setting.args()), setting.args().size())));
                        }
                    }
                }
                if (!carried) {
                    findings.add(Finding.problem(Message.of(keys.get(1), workflow.name()),
                            Message.of(keys.get(2), workflow.name())));
                }
            }
        }
        return new SetupSection(ID, Message.of("throughline.setup.section.workflows"), findings);
    }

    /** The validator's stored arguments, sorted by name: the page shows exactly what the workflow holds. */
    private static String settings(Map<String, String> args) {
        return new TreeMap<>(args).entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
