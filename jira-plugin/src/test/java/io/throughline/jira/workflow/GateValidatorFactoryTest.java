package io.throughline.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.throughline.core.gate.PolicyId;
import io.throughline.core.gate.PolicyParameters;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateValidatorFactoryTest {

    private final GateValidatorFactory factory = new GateValidatorFactory();

    @Test
    void submittedFormBecomesArgumentsThatReadBackToTheSameParameters() {
        Map<String, Object> form = Map.of(
                "minEvidenceCount", new String[] {"3"},
                "maxEvidenceAgeDays", new String[] {"45"},
                "maxHorizonDays", new String[] {"120"},
                "ackSlaDays", new String[] {"2"},
                "policy.owner-present", new String[] {"true", "false"},
                "policy.dependencies-acknowledged", new String[] {"false"});

        Map<String, ?> args = factory.getDescriptorParams(form);
        ValidatorDescriptor descriptor = descriptorWith(args);
        Map<String, Object> shown = new HashMap<>();
        factory.getVelocityParamsForEdit(shown, descriptor);

        PolicyParameters stored = GateValidatorFactory.stored(descriptor);
        assertThat(stored.minEvidenceCount()).isEqualTo(3);
        assertThat(stored.maxEvidenceAgeDays()).isEqualTo(45);
        assertThat(stored.maxHorizonDays()).isEqualTo(120);
        assertThat(stored.ackSlaDays()).isEqualTo(2);
        assertThat(stored.isEnabled(PolicyId.OWNER_PRESENT)).isTrue();
        assertThat(stored.requireAcknowledgedDependencies()).isFalse();
        assertThat(shown).containsEntry("minEvidenceCount", 3).containsEntry("policy_owner_present", true)
                .containsEntry("policy_dependencies_acknowledged", false);
    }

    @Test
    void badValuesAreRefusedNamingEachField() {
        assertThatThrownBy(() -> factory.getDescriptorParams(Map.of(
                "minEvidenceCount", new String[] {"0"},
                "maxHorizonDays", new String[] {"soon"})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minEvidenceCount: “0” is not allowed here: give a whole number from 1 to 50.")
                .hasMessageContaining("maxHorizonDays: “soon” is not allowed here");
    }

    @Test
    void newValidatorShowsTheDefaults() {
        Map<String, Object> shown = new HashMap<>();

        factory.getVelocityParamsForInput(shown);

        assertThat(shown).containsEntry("minEvidenceCount", 2).containsEntry("maxEvidenceAgeDays", 90)
                .containsEntry("maxHorizonDays", 180).containsEntry("ackSlaDays", 5)
                .containsEntry("policy_evidence_sufficient", true);
    }

    @Test
    void unreadableStoredArgumentsFallBackToDefaultsForDisplay() {
        Map<String, Object> shown = new HashMap<>();

        factory.getVelocityParamsForView(shown, descriptorWith(Map.of("minEvidenceCount", "many")));

        assertThat(shown).containsEntry("minEvidenceCount", 2);
    }

    @SuppressWarnings("unchecked")
    private static ValidatorDescriptor descriptorWith(Map<String, ?> args) {
        ValidatorDescriptor descriptor = new ValidatorDescriptor();
        descriptor.getArgs().putAll(args);
        return descriptor;
    }
}
