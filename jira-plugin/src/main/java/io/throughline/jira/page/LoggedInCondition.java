package io.throughline.jira.page;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.web.Condition;
import java.util.Map;

/**
 * Shows the Throughline menu and its items to logged-in people only: its pages are per viewer and
 * send an anonymous visitor to the login page.
 */
public final class LoggedInCondition implements Condition {

    private final JiraAuthenticationContext authentication;

    public LoggedInCondition(JiraAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return authentication.getLoggedInUser() != null;
    }
}
