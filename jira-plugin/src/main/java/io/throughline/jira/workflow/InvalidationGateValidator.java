package io.throughline.jira.workflow;

import com.atlassian.jira.security.JiraAuthenticationContext;
import io.throughline.core.Throughline;
import io.throughline.core.common.UserRef;
import io.throughline.core.gate.GateReport;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.Initiative;
import io.throughline.jira.host.JiraInitiatives;

/** Lets shipped → invalidated through only once a learning is recorded as evidence. */
public final class InvalidationGateValidator extends GateValidator {

    public InvalidationGateValidator(Throughline app, JiraInitiatives initiatives,
                                     JiraAuthenticationContext authentication) {
        super(app, initiatives, authentication);
    }

    @Override
    protected GateReport evaluate(Throughline app, UserRef actor, Initiative initiative, PolicyParameters parameters) {
        return app.gates().invalidationReadiness(actor, initiative, parameters);
    }
}
