package io.throughline.core.testing;

import io.throughline.core.gate.GateParameterSource;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.Initiative;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The parameters the workflow's transitions give each gate, as a test sets them; none by default. */
public final class TransitionGateParameters implements GateParameterSource {

    private final Map<String, PolicyParameters> byGate = new ConcurrentHashMap<>();

    /** The transition carrying {@code gate} runs it with {@code parameters}. */
    public TransitionGateParameters carry(String gate, PolicyParameters parameters) {
        byGate.put(gate, parameters);
        return this;
    }

    @Override
    public Optional<PolicyParameters> forGate(Initiative initiative, String gate) {
        return Optional.ofNullable(byGate.get(gate));
    }
}
