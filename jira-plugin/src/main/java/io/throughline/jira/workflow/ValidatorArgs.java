package io.throughline.jira.workflow;

import io.throughline.core.gate.PolicyParameters;
import java.util.HashMap;
import java.util.Map;

/** A gate validator's stored arguments (OSWorkflow keeps them in a raw map) read as the gate's parameters. */
final class ValidatorArgs {

    private ValidatorArgs() {
    }

    /** Throws {@code ThroughlineException.InvalidInput} naming each stored value that is not a valid setting. */
    @SuppressWarnings("rawtypes")
    static PolicyParameters parameters(Map args) {
        Map<String, Object> named = new HashMap<>();
        args.forEach((key, value) -> named.put(String.valueOf(key), value));
        return PolicyParameters.fromArgs(named);
    }
}
