package io.throughline.core.gate;

import static io.throughline.core.gate.GateFixture.TODAY;
import static io.throughline.core.testing.EvidenceBuilder.evidence;
import static io.throughline.core.testing.EvidenceBuilder.reading;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.initiative.Stage;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.core.testing.Verdicts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Shipped → invalidated: allowed, once a learning is on record (DESIGN §1, outcome gate). */
class InvalidationGateTest {

    private static final Gate INVALIDATION = Gate.invalidation(PolicyParameters.defaults());
    private static final Instant SHIPPED_AT = TODAY.minusDays(10).atTime(9, 0).toInstant(ZoneOffset.UTC);

    static Stream<Arguments> ledgers() {
        return Stream.of(
                Arguments.of("nothing recorded", List.of(), Optional.of(SHIPPED_AT), false),
                Arguments.of("only a metric reading since shipping",
                        List.of(reading("27").observedOn(TODAY.minusDays(2)).entry(1)), Optional.of(SHIPPED_AT), false),
                Arguments.of("a decision recorded since shipping",
                        List.of(learning(EvidenceKind.DECISION, 3)), Optional.of(SHIPPED_AT), true),
                Arguments.of("an experiment recorded on the day it shipped",
                        List.of(evidence().kind(EvidenceKind.EXPERIMENT).observedOn(TODAY.minusDays(10)).entry(1)),
                        Optional.of(TODAY.minusDays(10).atTime(18, 0).toInstant(ZoneOffset.UTC)), true),
                Arguments.of("research recorded before shipping does not count",
                        List.of(learning(EvidenceKind.RESEARCH, 30)), Optional.of(SHIPPED_AT), false),
                Arguments.of("without history any learning counts",
                        List.of(learning(EvidenceKind.CUSTOMER_INSIGHT, 30)), Optional.empty(), true));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("ledgers")
    void needsALearningRecordedSinceTheInitiativeShipped(String name, List<EvidenceEntry> entries,
                                                         Optional<Instant> shippedAt, boolean passes) {
        GateReport report = INVALIDATION.evaluate(new GateContext(
                InitiativeBuilder.initiative("GROW-1").stage(Stage.SHIPPED).build(), new Ledger(entries), List.of(),
                TODAY, shippedAt));

        assertThat(report.verdict() instanceof Verdict.Passed).isEqualTo(passes);
        if (!passes) {
            assertThat(Verdicts.violations(report)).extracting(v -> v.message().key())
                    .containsExactly("throughline.gate.learning.missing");
        }
    }

    private static EvidenceEntry learning(EvidenceKind kind, int daysAgo) {
        return evidence().kind(kind).observedOn(TODAY.minusDays(daysAgo)).entry(1);
    }
}
