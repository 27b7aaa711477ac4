package io.throughline.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.throughline.core.common.FieldError;
import io.throughline.core.common.ThroughlineException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyParametersTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        PolicyParameters defaults = PolicyParameters.defaults();

        assertThat(defaults.minEvidenceCount()).isEqualTo(2);
        assertThat(defaults.maxEvidenceAgeDays()).isEqualTo(90);
        assertThat(defaults.maxHorizonDays()).isEqualTo(180);
        assertThat(defaults.ackSlaDays()).isEqualTo(5);
        assertThat(defaults.requireAcknowledgedDependencies()).isTrue();
        assertThat(defaults.minAssumptions()).isEqualTo(1);
        // Every policy but the one that asks for listed assumptions, which a transition turns on.
        assertThat(defaults.enabled()).containsExactlyInAnyOrderElementsOf(
                java.util.EnumSet.complementOf(java.util.EnumSet.of(PolicyId.ASSUMPTIONS_LISTED)));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "minEvidenceCount, 0", "minEvidenceCount, 51",
        "maxEvidenceAgeDays, 0", "maxEvidenceAgeDays, 3651",
        "maxHorizonDays, 0", "maxHorizonDays, 3651",
        "ackSlaDays, -1", "ackSlaDays, 366"})
    void constructorRejectsValuesOutsideTheirRange(String name, int value) {
        Map<String, Integer> values = new HashMap<>(Map.of(
                "minEvidenceCount", 2, "maxEvidenceAgeDays", 90, "maxHorizonDays", 180, "ackSlaDays", 5));
        values.put(name, value);

        assertThatThrownBy(() -> new PolicyParameters(EnumSet.allOf(PolicyId.class), values.get("minEvidenceCount"),
                values.get("maxEvidenceAgeDays"), values.get("maxHorizonDays"), values.get("ackSlaDays")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name);
    }

    @Test
    void argumentsRoundTrip() {
        PolicyParameters custom = new PolicyParameters(EnumSet.of(PolicyId.OWNER_PRESENT, PolicyId.HORIZON_VALID),
                3, 30, 90, 2);

        assertThat(PolicyParameters.fromArgs(custom.toArgs())).isEqualTo(custom);
    }

    @Test
    void absentArgumentsTakeDefaultsAndFormArraysAreRead() {
        PolicyParameters read = PolicyParameters.fromArgs(Map.of(
                "minEvidenceCount", new String[] {"4"},
                "requireAcknowledgedDependencies", "false"));

        assertThat(read.minEvidenceCount()).isEqualTo(4);
        assertThat(read.maxHorizonDays()).isEqualTo(180);
        assertThat(read.requireAcknowledgedDependencies()).isFalse();
        assertThat(read.isEnabled(PolicyId.OWNER_PRESENT)).isTrue();
    }

    @Test
    void everyBadArgumentIsReportedUnderItsName() {
        ThroughlineException.InvalidInput error = catchThrowableOfType(ThroughlineException.InvalidInput.class,
                () -> PolicyParameters.fromArgs(Map.of(
                        "minEvidenceCount", "two",
                        "maxHorizonDays", "9999",
                        "policy.owner-present", "maybe")));

        assertThat(error.errors()).extracting(FieldError::field, e -> e.message().key())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("minEvidenceCount", "throughline.gate.parameter.range"),
                        org.assertj.core.groups.Tuple.tuple("maxHorizonDays", "throughline.gate.parameter.range"),
                        org.assertj.core.groups.Tuple.tuple("policy.owner-present", "throughline.gate.parameter.flag"));
        assertThat(error.errors().get(0).message().args()).containsExactly("two", 1, 50);
    }
}
