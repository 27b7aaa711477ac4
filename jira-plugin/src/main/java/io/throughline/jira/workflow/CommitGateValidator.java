package io.throughline.jira.workflow;

import com.atlassian.jira.security.JiraAuthenticationContext;
import io.throughline.core.Throughline;
import io.throughline.core.common.UserRef;
import io.throughline.core.gate.GateReport;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.Initiative;
import io.throughline.jira.host.JiraInitiatives;

/** Blocks bet → commit until the commit gate passes. */
public final class CommitGateValidator extends GateValidator {

    public CommitGateValidator(Throughline app, JiraInitiatives initiatives, JiraAuthenticationContext authentication) {
        super(app, initiatives, authentication);
    }

    @Override
    protected GateReport evaluate(Throughline app, UserRef actor, Initiative initiative, PolicyParameters parameters) {
        return app.gates().commitReadiness(actor, initiative, parameters);
    }
}
