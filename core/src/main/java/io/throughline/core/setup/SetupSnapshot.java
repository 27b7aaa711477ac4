package io.throughline.core.setup;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The app's setup as the host reports it. Later checks add their facts here (and a
 * {@link SectionCheck} that reads them).
 *
 * @param issueType     the Initiative issue type's name, if it exists
 * @param schemes       the issue type schemes that include it, with the projects using each
 * @param fields        the app's fields, each with its host id if it exists
 * @param screens       the screens Initiatives use to be created, edited and viewed
 * @param workflows     the workflows Initiatives move through
 */
public record SetupSnapshot(Optional<String> issueType, List<Scheme> schemes, List<Field> fields,
                            List<Screen> screens, List<Workflow> workflows) {

    public SetupSnapshot {
        Objects.requireNonNull(issueType, "issueType");
        schemes = List.copyOf(schemes);
        fields = List.copyOf(fields);
        screens = List.copyOf(screens);
        workflows = List.copyOf(workflows);
    }

    /** An issue type scheme that includes the Initiative issue type. */
    public record Scheme(String name, List<String> projects) {
        public Scheme {
            Objects.requireNonNull(name, "name");
            projects = List.copyOf(projects);
        }
    }

    /** One of the app's fields; no id when it does not exist on the host. */
    public record Field(String name, Optional<String> id) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(id, "id");
        }
    }

    /** A screen, what Initiatives use it for, and the ids of the fields it holds (of the app's fields at least). */
    public record Screen(String id, String name, Set<ScreenOperation> operations, Set<String> fieldIds) {
        public Screen {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            operations = Set.copyOf(operations);
            fieldIds = Set.copyOf(fieldIds);
        }

        public boolean holds(Field field) {
            return field.id().map(fieldIds::contains).orElse(false);
        }
    }

    /** A workflow: its statuses (in order) and its transitions. */
    public record Workflow(String name, List<String> statuses, List<Transition> transitions) {
        public Workflow {
            Objects.requireNonNull(name, "name");
            statuses = List.copyOf(new LinkedHashSet<>(statuses));
            transitions = List.copyOf(transitions);
        }
    }

    /** A transition and the app's gates on it. */
    public record Transition(String name, List<GateSetting> gates) {
        public Transition {
            Objects.requireNonNull(name, "name");
            gates = List.copyOf(gates);
        }
    }

    /** A gate on a transition (a core gate name) with the arguments its validator stores. */
    public record GateSetting(String gate, Map<String, String> args) {
        public GateSetting {
            Objects.requireNonNull(gate, "gate");
            args = Map.copyOf(args);
        }
    }
}
