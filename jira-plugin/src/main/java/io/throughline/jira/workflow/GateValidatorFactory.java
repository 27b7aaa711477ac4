package io.throughline.jira.workflow;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.throughline.core.common.FieldError;
import io.throughline.core.common.Messages;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.gate.PolicyId;
import io.throughline.core.gate.PolicyParameters;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The validator form on a workflow transition: shows the gate's parameters (defaults for a new
 * validator, the stored ones otherwise) and turns the submitted form into validated arguments.
 * Templates get plain values only, so they call no methods and need no allowlist entries.
 */
public class GateValidatorFactory extends AbstractWorkflowPluginFactory implements WorkflowPluginValidatorFactory {

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.putAll(templateValues(PolicyParameters.defaults()));
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.putAll(templateValues(stored(descriptor)));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.putAll(templateValues(stored(descriptor)));
    }

    /** Validates the submitted form; a bad value is refused with every problem named. */
    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        try {
            return PolicyParameters.fromArgs(formParams).toArgs();
        } catch (ThroughlineException.InvalidInput e) {
            Messages messages = Messages.english();
            throw new IllegalArgumentException(e.errors().stream()
                    .map((FieldError error) -> error.field() + ": " + messages.format(error.message()))
                    .collect(Collectors.joining("; ")));
        }
    }

    /** The parameters a stored validator carries; ones stored by an older version fall back to defaults. */
    static PolicyParameters stored(AbstractDescriptor descriptor) {
        if (!(descriptor instanceof ValidatorDescriptor validator)) {
            return PolicyParameters.defaults();
        }
        try {
            return ValidatorArgs.parameters(validator.getArgs());
        } catch (ThroughlineException.InvalidInput e) {
            return PolicyParameters.defaults();
        }
    }

    /** What the templates show: numbers, and one on/off flag per policy named policy_<id with _>. */
    static Map<String, Object> templateValues(PolicyParameters parameters) {
        Map<String, Object> values = new HashMap<>();
        values.put(PolicyParameters.MIN_EVIDENCE_COUNT, parameters.minEvidenceCount());
        values.put(PolicyParameters.MAX_EVIDENCE_AGE_DAYS, parameters.maxEvidenceAgeDays());
        values.put(PolicyParameters.MAX_HORIZON_DAYS, parameters.maxHorizonDays());
        values.put(PolicyParameters.ACK_SLA_DAYS, parameters.ackSlaDays());
        values.put(PolicyParameters.MIN_ASSUMPTIONS, parameters.minAssumptions());
        for (PolicyId policy : PolicyId.values()) {
            values.put("policy_" + policy.id().replace('-', '_'), parameters.isEnabled(policy));
        }
        return values;
    }
}
