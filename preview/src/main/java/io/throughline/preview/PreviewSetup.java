package io.throughline.preview;

import io.throughline.core.gate.GateService;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.Stage;
import io.throughline.core.setup.ScreenOperation;
import io.throughline.core.setup.SetupFacts;
import io.throughline.core.setup.SetupSnapshot;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The setup the preview stands in for: the Initiative issue type in one scheme for the demo's
 * projects, its three fields, a create screen that has them and a shared edit/view screen that has
 * only the owner (so the check has a problem to fix), and the preview's own workflow of stages.
 */
final class PreviewSetup implements SetupFacts {

    static final String ISSUE_TYPE = "Initiative";
    private static final Map<String, String> FIELDS = Map.of("Initiative owner", "customfield_10001",
            "Success metric", "customfield_10002", "Evidence horizon", "customfield_10003");
    private static final List<String> FIELD_ORDER = List.of("Initiative owner", "Success metric", "Evidence horizon");

    private final InitiativeRepository initiatives;
    private final Map<String, Screen> screens = new LinkedHashMap<>();

    private record Screen(String name, Set<ScreenOperation> operations, Set<String> fieldIds) {
    }

    PreviewSetup(InitiativeRepository initiatives) {
        this.initiatives = initiatives;
        screens.put("10000", new Screen("Initiative create screen", EnumSet.of(ScreenOperation.CREATE),
                new LinkedHashSet<>(FIELDS.values())));
        screens.put("10001", new Screen("Default screen", EnumSet.of(ScreenOperation.EDIT, ScreenOperation.VIEW),
                new LinkedHashSet<>(List.of(FIELDS.get("Initiative owner")))));
    }

    @Override
    public synchronized SetupSnapshot snapshot() {
        Set<String> projects = new TreeSet<>();
        initiatives.findAll().stream().map(Initiative::key).forEach(key -> projects.add(key.projectKey()));
        List<SetupSnapshot.Screen> views = new ArrayList<>();
        screens.forEach((id, s) -> views.add(new SetupSnapshot.Screen(id, s.name(), s.operations(), s.fieldIds())));
        return new SetupSnapshot(Optional.of(ISSUE_TYPE),
                List.of(new SetupSnapshot.Scheme("Throughline preview issue type scheme", List.copyOf(projects))),
                FIELD_ORDER.stream().map(name -> new SetupSnapshot.Field(name, Optional.of(FIELDS.get(name)))).toList(),
                views, List.of(workflow()));
    }

    @Override
    public synchronized boolean addFieldToScreen(String screenId, String fieldId) {
        Screen screen = screens.get(screenId);
        if (screen == null) {
            return false;
        }
        screen.fieldIds().add(fieldId);
        return true;
    }

    /** The preview's workflow: a status per stage, and its transitions with the gate each runs (app defaults). */
    private static SetupSnapshot.Workflow workflow() {
        List<String> statuses = new ArrayList<>();
        List<SetupSnapshot.Transition> transitions = new ArrayList<>();
        for (Stage from : Stage.values()) {
            statuses.add(statusName(from));
            for (Stage to : PreviewWorkflow.next(from)) {
                List<SetupSnapshot.GateSetting> gates = GateService.gateFor(from, to, PolicyParameters.defaults())
                        .map(gate -> List.of(new SetupSnapshot.GateSetting(gate.name(), Map.of()))).orElse(List.of());
                transitions.add(new SetupSnapshot.Transition(statusName(from) + " \u2192 " + statusName(to), gates));
            }
        }
        return new SetupSnapshot.Workflow("Throughline preview workflow", statuses, transitions);
    }

    private static String statusName(Stage stage) {
        String name = stage.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
