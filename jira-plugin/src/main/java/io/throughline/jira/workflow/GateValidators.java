package io.throughline.jira.workflow;

import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Which of a transition's validators are the app's gates: Jira keeps a plugin validator's class in its arguments. */
public final class GateValidators {

    /** Jira keeps a plugin validator's class in this argument of its descriptor. */
    static final String CLASS_NAME = "class.name";

    /** The validator class of each gate. */
    static final Map<String, String> BY_GATE = Map.of(
            io.throughline.core.gate.Gate.COMMIT, CommitGateValidator.class.getName(),
            io.throughline.core.gate.Gate.OUTCOME, OutcomeGateValidator.class.getName(),
            io.throughline.core.gate.Gate.INVALIDATION, InvalidationGateValidator.class.getName());

    private GateValidators() {
    }

    /** The gate this validator is, if it is one of the app's. */
    public static Optional<String> gateOf(ValidatorDescriptor validator) {
        Object className = validator.getArgs() == null ? null : validator.getArgs().get(CLASS_NAME);
        return BY_GATE.entrySet().stream().filter(e -> e.getValue().equals(className)).map(Map.Entry::getKey).findFirst();
    }

    /** The validator's stored settings as text, without Jira's own class argument. */
    @SuppressWarnings("rawtypes")
    public static Map<String, String> settingsOf(ValidatorDescriptor validator) {
        Map<String, String> settings = new HashMap<>();
        Map args = validator.getArgs();
        if (args != null) {
            args.forEach((key, value) -> {
                if (!CLASS_NAME.equals(key)) {
                    settings.put(String.valueOf(key), String.valueOf(value));
                }
            });
        }
        return settings;
    }
}
