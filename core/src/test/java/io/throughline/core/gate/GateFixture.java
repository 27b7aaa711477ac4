package io.throughline.core.gate;

import io.throughline.core.dependency.Dependency;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.testing.InitiativeBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Assembles a gate context piece by piece and reads one policy's result from a gate. */
final class GateFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 2, 2);

    private InitiativeBuilder initiative = InitiativeBuilder.initiative("GROW-1").horizon(TODAY.plusDays(60));
    private final List<EvidenceEntry> evidence = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();

    static GateFixture context() {
        return new GateFixture();
    }

    GateFixture initiative(java.util.function.UnaryOperator<InitiativeBuilder> change) {
        initiative = change.apply(initiative);
        return this;
    }

    GateFixture evidence(EvidenceEntry... entries) {
        evidence.addAll(List.of(entries));
        return this;
    }

    GateFixture dependencies(Dependency... items) {
        dependencies.addAll(List.of(items));
        return this;
    }

    GateContext build() {
        Initiative built = initiative.build();
        return new GateContext(built, new Ledger(evidence), dependencies, TODAY);
    }

    /** The violations one policy of the gate reports; fails if the gate does not run that policy. */
    List<Violation> violationsOf(Gate gate, PolicyId policy) {
        return gate.evaluate(build()).results().stream()
                .filter(result -> result.policy() == policy)
                .findFirst()
                .orElseThrow(() -> new AssertionError(gate.name() + " gate does not run " + policy))
                .violations();
    }
}
