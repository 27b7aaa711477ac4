package io.throughline.jira.workflow;

import com.atlassian.jira.security.JiraAuthenticationContext;
import io.throughline.core.gate.GateService;
import io.throughline.core.common.UserRef;
import io.throughline.core.gate.GateReport;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.Initiative;
import io.throughline.jira.host.JiraInitiatives;

/** Blocks bet → commit until the commit gate passes. */
public final class CommitGateValidator extends GateValidator {

    public CommitGateValidator(GateService gates, JiraInitiatives initiatives, JiraAuthenticationContext authentication) {
        super(gates, initiatives, authentication);
    }

    @Override
    protected GateReport evaluate(GateService gates, UserRef actor, Initiative initiative, PolicyParameters parameters) {
        return gates.commitReadiness(actor, initiative, parameters);
    }
}
