package io.throughline.jira.workflow;

import com.atlassian.jira.security.JiraAuthenticationContext;
import io.throughline.core.gate.GateService;
import io.throughline.core.common.UserRef;
import io.throughline.core.gate.GateReport;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.Initiative;
import io.throughline.jira.host.JiraInitiatives;

/** Blocks shipped → validated until a metric reading by the horizon meets the target. */
public final class OutcomeGateValidator extends GateValidator {

    public OutcomeGateValidator(GateService gates, JiraInitiatives initiatives, JiraAuthenticationContext authentication) {
        super(gates, initiatives, authentication);
    }

    @Override
    protected GateReport evaluate(GateService gates, UserRef actor, Initiative initiative, PolicyParameters parameters) {
        return gates.outcomeReadiness(actor, initiative, parameters);
    }
}
