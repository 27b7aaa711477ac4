package io.throughline.jira.setup;

import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.websudo.WebSudoManager;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.interaction.InteractionService;
import io.throughline.jira.web.setup.InteractionsPage;
import io.throughline.web.view.ViewText;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The team interaction modes in Jira's administration: Jira administrators only, inside a WebSudo
 * session, next to the setup check. The page only reads; its script (web resource in the
 * {@code atl.admin} context) saves through {@code PUT /rest/throughline/1.0/admin/interactions} as JSON,
 * which Jira's REST layer takes from a same-origin script only.
 */
public class InteractionsServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/throughline/interactions";
    static final String TAB = "throughline-interactions-link";
    static final String REST = "/rest/throughline/1.0";

    private final transient InteractionService interactions;
    private final transient TeamDirectory teams;
    private final transient JiraAuthenticationContext authentication;
    private final transient AdminPages admin;

    public InteractionsServlet(InteractionService interactions, TeamDirectory teams,
                               JiraAuthenticationContext authentication, GlobalPermissionManager permissions,
                               WebSudoManager webSudo) {
        this.interactions = interactions;
        this.teams = teams;
        this.authentication = authentication;
        this.admin = new AdminPages(authentication, permissions, webSudo);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!admin.admit(request, response)) {
            return;
        }
        InteractionsPage page = new InteractionsPage(ViewText.forLocale(authentication.getLocale()));
        String body = page.body(interactions.table(), teams.teams(), request.getContextPath() + REST);
        AdminPages.write(response, page.title(), TAB, body);
    }
}
