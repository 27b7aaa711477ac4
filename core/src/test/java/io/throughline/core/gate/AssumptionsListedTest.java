package io.throughline.core.gate;

import static io.throughline.core.gate.GateFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.assumption.Assumption;
import io.throughline.core.assumption.AssumptionId;
import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.InitiativeBuilder;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AssumptionsListedTest {

    private static List<Violation> violations(int listed, PolicyParameters parameters) {
        List<Assumption> assumptions = LongStream.rangeClosed(1, listed)
                .mapToObj(id -> new Assumption(new AssumptionId(id), InitiativeKey.parse("GROW-1"), "Assumption " + id,
                        UserRef.of("pm.growth"), Instant.parse("2026-05-01T10:00:00Z"), List.of()))
                .toList();
        GateContext context = new GateContext(InitiativeBuilder.initiative("GROW-1").build(), new Ledger(List.of()),
                List.of(), TODAY, Optional.empty(), assumptions);
        return Gate.commit(parameters).evaluate(context).results().stream()
                .filter(result -> result.policy() == PolicyId.ASSUMPTIONS_LISTED)
                .flatMap(result -> result.violations().stream()).toList();
    }

    private static PolicyParameters requiring(int min) {
        return new PolicyParameters(EnumSet.allOf(PolicyId.class), 2, 90, 180, 5, min);
    }

    @ParameterizedTest(name = "{0} listed, {1} asked: passes {2}")
    @CsvSource({"0, 1, false", "1, 1, true", "2, 3, false", "3, 3, true", "5, 3, true"})
    void theCommitGateCountsTheListedAssumptionsWhereTheTransitionAsks(int listed, int min, boolean passes) {
        List<Violation> violations = violations(listed, requiring(min));

        assertThat(violations.isEmpty()).isEqualTo(passes);
        if (!passes) {
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.message().key()).isEqualTo("throughline.gate.assumptions.too-few");
                assertThat(v.message().args()).containsExactly(listed, min);
            });
        }
    }

    @Test
    void itIsOffByDefaultAndATransitionTurnsItOnWithItsCount() {
        assertThat(PolicyParameters.defaults().isEnabled(PolicyId.ASSUMPTIONS_LISTED)).isFalse();
        assertThat(Gate.commit(PolicyParameters.defaults()).policies()).extracting(Policy::id)
                .doesNotContain(PolicyId.ASSUMPTIONS_LISTED);
        assertThat(violations(0, PolicyParameters.defaults())).isEmpty();

        PolicyParameters on = PolicyParameters.fromArgs(Map.of("policy.assumptions-listed", "true",
                PolicyParameters.MIN_ASSUMPTIONS, "2"));
        assertThat(on.isEnabled(PolicyId.ASSUMPTIONS_LISTED)).isTrue();
        assertThat(on.minAssumptions()).isEqualTo(2);
        assertThat(PolicyParameters.fromArgs(on.toArgs())).isEqualTo(on);
        assertThat(PolicyParameters.fromArgs(Map.of()).isEnabled(PolicyId.ASSUMPTIONS_LISTED)).isFalse();
    }
}
