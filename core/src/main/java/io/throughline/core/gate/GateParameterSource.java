package io.throughline.core.gate;

import io.throughline.core.initiative.Initiative;
import java.util.Optional;

/**
 * Port: the parameters a gate runs with where the initiative stands now. In Jira, the validator
 * arguments on the workflow transition out of the current status that carries the gate;
 * empty when no such transition carries it (views then judge with the app's defaults and say so).
 */
@FunctionalInterface
public interface GateParameterSource {

    /** For hosts whose gates always run with the app's defaults. */
    GateParameterSource NONE = (initiative, gate) -> Optional.empty();

    /** @param gate a gate's name: {@link Gate#COMMIT}, {@link Gate#OUTCOME} or {@link Gate#INVALIDATION} */
    Optional<PolicyParameters> forGate(Initiative initiative, String gate);
}
