package io.throughline.core.setup;

import io.throughline.core.common.Message;
import io.throughline.core.initiative.StageMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The app's fields exist and are on every screen Initiatives are created, edited and viewed with. */
final class FieldScreensCheck implements SectionCheck {

    static final String ID = "fields";
    /** Per operation: the key when the screen holds every field, and when it lacks some. */
    private static final Map<ScreenOperation, List<String>> KEYS = Map.of(
            ScreenOperation.CREATE, List.of("throughline.setup.screen.create.complete", "throughline.setup.screen.create.missing"),
            ScreenOperation.EDIT, List.of("throughline.setup.screen.edit.complete", "throughline.setup.screen.edit.missing"),
            ScreenOperation.VIEW, List.of("throughline.setup.screen.view.complete", "throughline.setup.screen.view.missing"));

    @Override
    public SetupSection check(SetupSnapshot setup, StageMapping mapping) {
        List<Finding> findings = new ArrayList<>();
        for (SetupSnapshot.Field field : setup.fields()) {
            if (field.id().isEmpty()) {
                findings.add(Finding.problem(Message.of("throughline.setup.field.missing", field.name()),
                        Message.of("throughline.setup.provision.fix")));
            }
        }
        if (setup.screens().isEmpty()) {
            findings.add(Finding.problem(Message.of("throughline.setup.screen.none"),
                    Message.of("throughline.setup.issue-type.no-scheme.fix", setup.issueType().orElse(""))));
        }
        for (SetupSnapshot.Screen screen : setup.screens()) {
            List<String> missing = setup.fields().stream().filter(f -> !screen.holds(f))
                    .map(SetupSnapshot.Field::name).toList();
            boolean canAdd = setup.fields().stream().anyMatch(f -> f.id().isPresent() && !screen.holds(f));
            for (ScreenOperation operation : ScreenOperation.values()) {
                if (!screen.operations().contains(operation)) {
                    continue;
                }
                List<String> keys = KEYS.get(operation);
                if (missing.isEmpty()) {
                    findings.add(Finding.ok(Message.of(keys.get(0), screen.name())));
                } else if (canAdd) {
                    findings.add(Finding.fixableProblem(Message.of(keys.get(1), screen.name(),
                            String.join(", ", missing)), Message.of("throughline.setup.screen.missing.fix")));
                } else {
                    findings.add(Finding.problem(Message.of(keys.get(1), screen.name(),
                            String.join(", ", missing)), Message.of("throughline.setup.provision.fix")));
                }
            }
        }
        return new SetupSection(ID, Message.of("throughline.setup.section.fields"), findings);
    }
}
