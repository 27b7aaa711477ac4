package io.throughline.core.testing;

import io.throughline.core.setup.ScreenOperation;
import io.throughline.core.setup.SetupFacts;
import io.throughline.core.setup.SetupSnapshot;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A host setup held in memory, built fluently; screens remember the fields added to them. */
public final class InMemorySetupFacts implements SetupFacts {

    public static final List<String> FIELD_NAMES = List.of("Initiative owner", "Success metric", "Evidence horizon");

    private Optional<String> issueType = Optional.of("Initiative");
    private final List<SetupSnapshot.Scheme> schemes = new ArrayList<>();
    private final Map<String, String> fieldIds = new LinkedHashMap<>();
    private final Map<String, MutableScreen> screens = new LinkedHashMap<>();
    private final List<SetupSnapshot.Workflow> workflows = new ArrayList<>();
    private int additions;

    private record MutableScreen(String name, Set<ScreenOperation> operations, Set<String> fieldIds, boolean hasTab) {
    }

    public InMemorySetupFacts() {
        for (int i = 0; i < FIELD_NAMES.size(); i++) {
            fieldIds.put(FIELD_NAMES.get(i), "customfield_1000" + i);
        }
    }

    public InMemorySetupFacts withoutIssueType() {
        issueType = Optional.empty();
        return this;
    }

    public InMemorySetupFacts withoutField(String name) {
        fieldIds.remove(name);
        return this;
    }

    public InMemorySetupFacts scheme(String name, String... projects) {
        schemes.add(new SetupSnapshot.Scheme(name, List.of(projects)));
        return this;
    }

    /** A screen holding the named fields, used for the given operations. */
    public InMemorySetupFacts screen(String id, String name, Set<ScreenOperation> operations, String... fieldNames) {
        Set<String> ids = new LinkedHashSet<>();
        for (String field : fieldNames) {
            ids.add(fieldIds.getOrDefault(field, field));
        }
        screens.put(id, new MutableScreen(name, EnumSet.copyOf(operations), ids, true));
        return this;
    }

    public InMemorySetupFacts screenWithoutTabs(String id, String name, Set<ScreenOperation> operations) {
        screens.put(id, new MutableScreen(name, EnumSet.copyOf(operations), new LinkedHashSet<>(), false));
        return this;
    }

    public InMemorySetupFacts workflow(SetupSnapshot.Workflow workflow) {
        workflows.add(workflow);
        return this;
    }

    public Set<String> fieldIdsOn(String screenId) {
        return Set.copyOf(screens.get(screenId).fieldIds());
    }

    public String fieldId(String name) {
        return fieldIds.get(name);
    }

    /** How many fields were put on screens so far. */
    public int additions() {
        return additions;
    }

    @Override
    public SetupSnapshot snapshot() {
        List<SetupSnapshot.Field> fields = FIELD_NAMES.stream()
                .map(name -> new SetupSnapshot.Field(name, Optional.ofNullable(fieldIds.get(name)))).toList();
        List<SetupSnapshot.Screen> views = new ArrayList<>();
        screens.forEach((id, s) -> views.add(new SetupSnapshot.Screen(id, s.name(), s.operations(), s.fieldIds())));
        return new SetupSnapshot(issueType, schemes, fields, views, workflows);
    }

    @Override
    public boolean addFieldToScreen(String screenId, String fieldId) {
        MutableScreen screen = screens.get(screenId);
        if (screen == null || !screen.hasTab()) {
            return false;
        }
        if (screen.fieldIds().add(fieldId)) {
            additions++;
        }
        return true;
    }
}
