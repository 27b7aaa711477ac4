package io.throughline.core.gate;

import static io.throughline.core.gate.GateFixture.TODAY;
import static io.throughline.core.gate.GateFixture.context;
import static io.throughline.core.testing.DependencyBuilder.dependency;
import static io.throughline.core.testing.EvidenceBuilder.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.initiative.InitiativeField;
import io.throughline.core.metric.SuccessMetricParser;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommitGateTest {

    private static final Gate DEFAULT = Gate.commit(PolicyParameters.defaults());

    @Test
    void passesACompleteBetWithSourcedFreshEvidenceAndCommittedDependencies() {
        GateContext ready = context()
                .evidence(sourced(1, TODAY), sourced(2, TODAY.minusDays(30)))
                .dependencies(dependency(1).committed(TODAY.plusDays(10)), dependency(2).on("Data").delivered())
                .build();

        GateReport report = DEFAULT.evaluate(ready);

        assertThat(report.verdict()).isEqualTo(new Verdict.Passed());
        assertThat(report.results()).extracting(PolicyResult::policy).containsExactly(
                PolicyId.OWNER_PRESENT, PolicyId.METRIC_MEASURABLE, PolicyId.HORIZON_VALID,
                PolicyId.EVIDENCE_SUFFICIENT, PolicyId.DEPENDENCIES_ACKNOWLEDGED);
    }

    @Test
    void blocksWhenOwnerIsMissingAndPointsAtTheOwnerField() {
        List<Violation> violations = context().initiative(i -> i.owner(null))
                .violationsOf(DEFAULT, PolicyId.OWNER_PRESENT);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).contains(InitiativeField.OWNER);
            assertThat(v.message().key()).isEqualTo("throughline.gate.owner.missing");
        });
    }

    static Stream<Arguments> metrics() {
        return Stream.of(
                Arguments.of("Activation rate: 22% -> 30%", null),
                Arguments.of("p95 checkout latency: 900 ms → 400 ms", null),
                Arguments.of("Weekly active teams: >= 150", null),
                Arguments.of(null, "throughline.gate.metric.missing"),
                Arguments.of("   ", "throughline.gate.metric.missing"),
                Arguments.of("Activation rate 22% -> 30%", "throughline.metric.name.missing-colon"),
                Arguments.of("Activation rate: 22% ->", "throughline.metric.target.missing"),
                Arguments.of("Activation rate: 30% -> 30%", "throughline.gate.metric.unchanged"),
                Arguments.of("Activation rate: 30 -> 30.0", "throughline.gate.metric.unchanged"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("metrics")
    void metricMustParseAndBeAbleToMove(String metric, String expectedKey) {
        List<Violation> violations = context().initiative(i -> i.metric(metric))
                .violationsOf(DEFAULT, PolicyId.METRIC_MEASURABLE);

        if (expectedKey == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.field()).contains(InitiativeField.SUCCESS_METRIC);
                assertThat(v.message().key()).isEqualTo(expectedKey);
            });
        }
    }

    @Test
    void metricErrorsCarryTheSyntaxExample() {
        List<Violation> violations = context().initiative(i -> i.metric(null))
                .violationsOf(DEFAULT, PolicyId.METRIC_MEASURABLE);

        assertThat(violations.get(0).message().args()).containsExactly(SuccessMetricParser.EXAMPLE);
    }

    static Stream<Arguments> horizons() {
        return Stream.of(
                Arguments.of(null, 180, "throughline.gate.horizon.missing"),
                Arguments.of(TODAY.minusDays(1), 180, "throughline.gate.horizon.not-future"),
                Arguments.of(TODAY, 180, "throughline.gate.horizon.not-future"),
                Arguments.of(TODAY.plusDays(1), 180, null),
                Arguments.of(TODAY.plusDays(180), 180, null),
                Arguments.of(TODAY.plusDays(181), 180, "throughline.gate.horizon.too-far"),
                Arguments.of(TODAY.plusDays(30), 30, null),
                Arguments.of(TODAY.plusDays(31), 30, "throughline.gate.horizon.too-far"));
    }

    @ParameterizedTest(name = "[{index}] horizon {0}, max {1} days -> {2}")
    @MethodSource("horizons")
    void horizonMustLieAfterTodayAndWithinTheMaximum(LocalDate horizon, int maxDays, String expectedKey) {
        Gate gate = Gate.commit(parameters(2, 90, maxDays));

        List<Violation> violations = context().initiative(i -> i.horizon(horizon))
                .violationsOf(gate, PolicyId.HORIZON_VALID);

        if (expectedKey == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.field()).contains(InitiativeField.EVIDENCE_HORIZON);
                assertThat(v.message().key()).isEqualTo(expectedKey);
            });
        }
    }

    @Test
    void tooFarHorizonSaysHowFarAndWhatTheLimitIs() {
        List<Violation> violations = context().initiative(i -> i.horizon(TODAY.plusDays(200)))
                .violationsOf(DEFAULT, PolicyId.HORIZON_VALID);

        assertThat(violations.get(0).message().args()).containsExactly(TODAY.plusDays(200), 200L, 180);
    }

    static Stream<Arguments> evidenceCases() {
        return Stream.of(
                Arguments.of("no evidence", List.of(), 2, "throughline.gate.evidence.too-few"),
                Arguments.of("one sourced entry", List.of(sourced(1, TODAY)), 2, "throughline.gate.evidence.too-few"),
                Arguments.of("two sourced entries today", List.of(sourced(1, TODAY), sourced(2, TODAY)), 2, null),
                Arguments.of("entry exactly 90 days old counts",
                        List.of(sourced(1, TODAY), sourced(2, TODAY.minusDays(90))), 2, null),
                Arguments.of("entry 91 days old does not count",
                        List.of(sourced(1, TODAY), sourced(2, TODAY.minusDays(91))), 2, "throughline.gate.evidence.too-few"),
                Arguments.of("one sourced entry among two is enough",
                        List.of(sourced(1, TODAY), unsourced(2, TODAY)), 2, null),
                Arguments.of("enough entries but none sourced",
                        List.of(unsourced(1, TODAY), unsourced(2, TODAY)), 2, "throughline.gate.evidence.no-source"),
                Arguments.of("a superseded entry no longer counts",
                        List.of(sourced(1, TODAY), unsourcedCorrectionOf(2, 1)), 2, "throughline.gate.evidence.too-few"),
                Arguments.of("the source must be on a current entry",
                        List.of(sourced(1, TODAY), unsourced(2, TODAY), unsourcedCorrectionOf(3, 1)), 2,
                        "throughline.gate.evidence.no-source"),
                Arguments.of("minimum of one", List.of(sourced(1, TODAY.minusDays(5))), 1, null),
                Arguments.of("an assistant's proposal does not count",
                        List.of(sourced(1, TODAY), evidence().observedOn(TODAY).byAssistant("Copy assistant").entry(2)), 2,
                        "throughline.gate.evidence.too-few"),
                Arguments.of("an assistant's entry a person confirmed counts",
                        List.of(sourced(1, TODAY), evidence().observedOn(TODAY).byAssistant("Copy assistant").entry(2)
                                .confirmed(io.throughline.core.common.UserRef.of("pm.growth"),
                                        TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())), 2, null),
                Arguments.of("an integration's entry counts without confirmation",
                        List.of(sourced(1, TODAY), evidence().observedOn(TODAY).byIntegration("CI").entry(2)), 2, null));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("evidenceCases")
    void evidenceMustBeEnoughRecentAndSourced(String name, List<EvidenceEntry> entries, int minCount,
                                              String expectedKey) {
        Gate gate = Gate.commit(parameters(minCount, 90, 180));

        List<Violation> violations = context().evidence(entries.toArray(EvidenceEntry[]::new))
                .violationsOf(gate, PolicyId.EVIDENCE_SUFFICIENT);

        if (expectedKey == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.field()).isEmpty();
                assertThat(v.message().key()).isEqualTo(expectedKey);
            });
        }
    }

    @Test
    void tooFewEvidenceSaysHowManyOfHowManyInWhichWindow() {
        List<Violation> violations = context().evidence(sourced(1, TODAY))
                .violationsOf(Gate.commit(parameters(3, 45, 180)), PolicyId.EVIDENCE_SUFFICIENT);

        assertThat(violations.get(0).message().args()).containsExactly(1, 3, 45);
    }

    @Test
    void everyUnansweredOrDeclinedDependencyIsItsOwnViolation() {
        List<Violation> violations = context()
                .dependencies(
                        dependency(1).on("Identity").requested(),
                        dependency(2).on("Data").committed(TODAY.plusDays(5)),
                        dependency(3).on("Billing").describedAs("Invoice API").declined("No capacity this quarter"),
                        dependency(4).on("Platform").delivered())
                .violationsOf(DEFAULT, PolicyId.DEPENDENCIES_ACKNOWLEDGED);

        assertThat(violations).extracting(v -> v.message().key()).containsExactly(
                "throughline.gate.dependency.unacknowledged", "throughline.gate.dependency.declined");
        assertThat(violations.get(1).message().args())
                .containsExactly("Billing", "Invoice API", "No capacity this quarter");
        assertThat(violations).allSatisfy(v -> assertThat(v.field()).isEmpty());
    }

    @Test
    void disabledPoliciesAreNotRun() {
        PolicyParameters lenient = PolicyParameters.defaults()
                .without(PolicyId.OWNER_PRESENT)
                .without(PolicyId.DEPENDENCIES_ACKNOWLEDGED);

        GateReport report = Gate.commit(lenient).evaluate(context()
                .initiative(i -> i.owner(null))
                .evidence(sourced(1, TODAY), sourced(2, TODAY))
                .dependencies(dependency(1).requested())
                .build());

        assertThat(report.verdict()).isInstanceOf(Verdict.Passed.class);
        assertThat(report.results()).extracting(PolicyResult::policy)
                .doesNotContain(PolicyId.OWNER_PRESENT, PolicyId.DEPENDENCIES_ACKNOWLEDGED);
        assertThat(lenient.requireAcknowledgedDependencies()).isFalse();
    }

    @Test
    void blockedVerdictListsViolationsInPolicyOrder() {
        GateReport report = DEFAULT.evaluate(context()
                .initiative(i -> i.owner(null).horizon(null))
                .dependencies(dependency(1).requested())
                .build());

        assertThat(report.verdict()).isInstanceOfSatisfying(Verdict.Blocked.class, blocked ->
                assertThat(blocked.violations()).extracting(Violation::policy).containsExactly(
                        PolicyId.OWNER_PRESENT, PolicyId.HORIZON_VALID, PolicyId.EVIDENCE_SUFFICIENT,
                        PolicyId.DEPENDENCIES_ACKNOWLEDGED));
    }

    private static PolicyParameters parameters(int minCount, int maxAgeDays, int maxHorizonDays) {
        return new PolicyParameters(EnumSet.allOf(PolicyId.class), minCount, maxAgeDays, maxHorizonDays, 5);
    }

    private static EvidenceEntry sourced(long id, LocalDate observedOn) {
        return evidence().observedOn(observedOn).entry(id);
    }

    private static EvidenceEntry unsourced(long id, LocalDate observedOn) {
        return evidence().observedOn(observedOn).withoutSource().entry(id);
    }

    private static EvidenceEntry unsourcedCorrectionOf(long id, long superseded) {
        return evidence().observedOn(TODAY).withoutSource().supersedes(superseded).entry(id);
    }
}
