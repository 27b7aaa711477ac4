package io.throughline.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import io.throughline.jira.host.InitiativeFields;
import java.util.Map;

/** Shows the Throughline panel on Initiative issues only. */
public final class IsInitiativeCondition implements Condition {

    private final InitiativeFields fields;

    public IsInitiativeCondition(InitiativeFields fields) {
        this.fields = fields;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && fields.isInitiative(issue);
    }
}
