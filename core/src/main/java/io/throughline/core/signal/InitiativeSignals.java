package io.throughline.core.signal;

import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The signals an initiative raises as of {@code asOf}, in the order of {@link Signal}. */
public record InitiativeSignals(InitiativeKey initiative, Instant asOf, List<SignalVerdict> raised) {

    public InitiativeSignals {
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(asOf, "asOf");
        raised = List.copyOf(raised);
    }
}
