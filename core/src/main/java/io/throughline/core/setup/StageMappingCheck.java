package io.throughline.core.setup;

import io.throughline.core.common.Message;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every status of the Initiative workflows and the stage it means; a status that means none is a problem. */
final class StageMappingCheck implements SectionCheck {

    static final String ID = "stages";

    @Override
    public SetupSection check(SetupSnapshot setup, StageMapping mapping) {
        Map<String, List<String>> workflowsByStatus = new LinkedHashMap<>();
        for (SetupSnapshot.Workflow workflow : setup.workflows()) {
            for (String status : workflow.statuses()) {
                workflowsByStatus.computeIfAbsent(status, s -> new ArrayList<>()).add(workflow.name());
            }
        }
        List<Finding> findings = new ArrayList<>();
        workflowsByStatus.forEach((status, workflows) -> {
            String where = String.join(", ", workflows);
            Optional<Stage> stage = mapping.stageFor(status);
            findings.add(stage.map(s -> Finding.ok(Message.of("throughline.setup.stage.mapped", status, where, s.name())))
                    .orElseGet(() -> Finding.problem(Message.of("throughline.setup.stage.unmapped", status, where),
                            Message.of("throughline.setup.stage.unmapped.fix", status))));
        });
        if (findings.isEmpty()) {
            findings.add(Finding.ok(Message.of("throughline.setup.stage.none")));
        }
        return new SetupSection(ID, Message.of("throughline.setup.section.stages"), findings);
    }
}
