package io.throughline.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.web.Condition;
import io.throughline.jira.host.InitiativeFields;
import java.util.Map;

/** Shows the Throughline panel on Initiative issues, to signed-in viewers (the panel is per user). */
public final class IsInitiativeCondition implements Condition {

    private final InitiativeFields fields;
    private final JiraAuthenticationContext authentication;

    public IsInitiativeCondition(InitiativeFields fields, JiraAuthenticationContext authentication) {
        this.fields = fields;
        this.authentication = authentication;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return authentication.getLoggedInUser() != null
                && context.get("issue") instanceof Issue issue && fields.isInitiative(issue);
    }
}
