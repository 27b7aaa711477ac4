package io.throughline.core.gate;

import static io.throughline.core.gate.GateFixture.TODAY;
import static io.throughline.core.gate.GateFixture.context;
import static io.throughline.core.testing.EvidenceBuilder.reading;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.initiative.InitiativeField;
import io.throughline.core.initiative.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutcomeGateTest {

    private static final Gate OUTCOME = Gate.outcome(PolicyParameters.defaults());
    private static final LocalDate HORIZON = TODAY.minusDays(3);

    static Stream<Arguments> readings() {
        String up = "Activation rate: 22% -> 30%";
        String down = "p95 checkout latency: 900 ms -> 400 ms";
        return Stream.of(
                Arguments.of("no reading at all", up, List.of(), "throughline.gate.outcome.no-reading"),
                Arguments.of("target met exactly on the horizon", up, List.of(at(1, "30", HORIZON)), null),
                Arguments.of("target beaten before the horizon", up, List.of(at(1, "31.5", HORIZON.minusDays(9))), null),
                Arguments.of("reading below target", up, List.of(at(1, "29.9", HORIZON)),
                        "throughline.gate.outcome.not-met"),
                Arguments.of("meeting reading only after the horizon", up, List.of(at(1, "33", HORIZON.plusDays(1))),
                        "throughline.gate.outcome.no-reading"),
                Arguments.of("best of several readings counts", up,
                        List.of(at(1, "25", HORIZON.minusDays(20)), at(2, "30.2", HORIZON.minusDays(10)),
                                at(3, "28", HORIZON)), null),
                Arguments.of("superseded reading does not count", up,
                        List.of(at(1, "31", HORIZON), reading("27").observedOn(HORIZON).supersedes(1).entry(2)),
                        "throughline.gate.outcome.not-met"),
                Arguments.of("lower is better: exactly the target", down, List.of(at(1, "400", HORIZON)), null),
                Arguments.of("lower is better: one above the target", down, List.of(at(1, "401", HORIZON)),
                        "throughline.gate.outcome.not-met"),
                Arguments.of("declared at most", "Churn: <= 2%", List.of(at(1, "1.8", HORIZON)), null),
                Arguments.of("declared at most, missed", "Churn: <= 2%", List.of(at(1, "2.1", HORIZON)),
                        "throughline.gate.outcome.not-met"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("readings")
    void needsAReadingByTheHorizonThatMeetsTheTargetInTheMetricsDirection(
            String name, String metric, List<EvidenceEntry> entries, String expectedKey) {
        List<Violation> violations = context()
                .initiative(i -> i.stage(Stage.SHIPPED).metric(metric).horizon(HORIZON))
                .evidence(entries.toArray(EvidenceEntry[]::new))
                .violationsOf(OUTCOME, PolicyId.OUTCOME_MET);

        if (expectedKey == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).extracting(v -> v.message().key()).containsExactly(expectedKey);
        }
    }

    @Test
    void missedTargetNamesTheBestReadingAndTheTargetWithUnits() {
        List<Violation> violations = context()
                .initiative(i -> i.metric("p95 checkout latency: 900 ms -> 400 ms").horizon(HORIZON))
                .evidence(at(1, "640", HORIZON.minusDays(4)), at(2, "455", HORIZON))
                .violationsOf(OUTCOME, PolicyId.OUTCOME_MET);

        assertThat(violations.get(0).message().args()).containsExactly(HORIZON, "455 ms", "400 ms");
    }

    @Test
    void unusableMetricOrMissingHorizonPointAtTheirFields() {
        assertThat(context().initiative(i -> i.metric("no numbers here")).violationsOf(OUTCOME, PolicyId.OUTCOME_MET))
                .singleElement().satisfies(v -> assertThat(v.field()).contains(InitiativeField.SUCCESS_METRIC));
        assertThat(context().initiative(i -> i.metric("NPS: 40 -> 40")).violationsOf(OUTCOME, PolicyId.OUTCOME_MET))
                .singleElement().satisfies(v -> assertThat(v.message().key()).isEqualTo("throughline.gate.metric.unchanged"));
        assertThat(context().initiative(i -> i.horizon(null)).violationsOf(OUTCOME, PolicyId.OUTCOME_MET))
                .singleElement().satisfies(v -> assertThat(v.field()).contains(InitiativeField.EVIDENCE_HORIZON));
    }

    @Test
    void gateGuardsOnlyTheTransitionsDesignNames() {
        PolicyParameters p = PolicyParameters.defaults();
        assertThat(GateService.gateFor(Stage.BET, Stage.COMMITTED, p)).map(Gate::name).contains(Gate.COMMIT);
        assertThat(GateService.gateFor(Stage.BET, Stage.DELIVERING, p)).map(Gate::name).contains(Gate.COMMIT);
        assertThat(GateService.gateFor(Stage.SHIPPED, Stage.VALIDATED, p)).map(Gate::name).contains(Gate.OUTCOME);
        assertThat(GateService.gateFor(Stage.COMMITTED, Stage.DELIVERING, p)).isEmpty();
        assertThat(GateService.gateFor(Stage.SHIPPED, Stage.INVALIDATED, p)).map(Gate::name).contains(Gate.INVALIDATION);
        assertThat(GateService.gateFor(Stage.BET, Stage.ABANDONED, p)).isEmpty();
    }

    private static EvidenceEntry at(long id, String value, LocalDate observedOn) {
        return reading(value).observedOn(observedOn).entry(id);
    }
}
