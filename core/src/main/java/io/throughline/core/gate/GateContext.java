package io.throughline.core.gate;

import io.throughline.core.dependency.Dependency;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.initiative.Initiative;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Everything a gate looks at: the initiative as it is now, its ledger, its dependencies, and today. */
public record GateContext(Initiative initiative, Ledger ledger, List<Dependency> dependencies, LocalDate today) {

    public GateContext {
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(ledger, "ledger");
        dependencies = List.copyOf(dependencies);
        Objects.requireNonNull(today, "today");
    }
}
