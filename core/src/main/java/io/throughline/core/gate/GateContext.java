package io.throughline.core.gate;

import io.throughline.core.assumption.Assumption;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.initiative.Initiative;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a gate looks at: the initiative as it is now, its ledger, its dependencies, today,
 * when the initiative entered its current stage (unknown for an initiative without recorded history),
 * and the assumptions its bet rests on.
 */
public record GateContext(Initiative initiative, Ledger ledger, List<Dependency> dependencies, LocalDate today,
                          Optional<Instant> inStageSince, List<Assumption> assumptions) {

    public GateContext {
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(ledger, "ledger");
        dependencies = List.copyOf(dependencies);
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(inStageSince, "inStageSince");
        assumptions = List.copyOf(assumptions);
    }

    public GateContext(Initiative initiative, Ledger ledger, List<Dependency> dependencies, LocalDate today,
                       Optional<Instant> inStageSince) {
        this(initiative, ledger, dependencies, today, inStageSince, List.of());
    }

    public GateContext(Initiative initiative, Ledger ledger, List<Dependency> dependencies, LocalDate today) {
        this(initiative, ledger, dependencies, today, Optional.empty());
    }
}
