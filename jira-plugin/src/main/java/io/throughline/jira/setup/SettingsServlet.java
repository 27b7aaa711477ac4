package io.throughline.jira.setup;

import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.websudo.WebSudoManager;
import io.throughline.core.performance.PerformanceService;
import io.throughline.core.setting.SettingsService;
import io.throughline.jira.web.setup.SettingsPage;
import io.throughline.web.view.ViewText;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The app's settings in Jira's administration: Jira administrators only, inside a WebSudo session,
 * next to the setup check. The page only reads (the settings and the environments of the last 90
 * days); its script (web resource in the {@code atl.admin} context) saves through
 * {@code PUT /rest/throughline/1.0/admin/settings} as JSON, which Jira's REST layer takes from a
 * same-origin script only.
 */
public class SettingsServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/throughline/settings";
    static final String TAB = "throughline-settings-link";

    private final transient SettingsService settings;
    private final transient PerformanceService performance;
    private final transient JiraAuthenticationContext authentication;
    private final transient AdminPages admin;

    public SettingsServlet(SettingsService settings, PerformanceService performance,
                           JiraAuthenticationContext authentication, GlobalPermissionManager permissions,
                           WebSudoManager webSudo) {
        this.settings = settings;
        this.performance = performance;
        this.authentication = authentication;
        this.admin = new AdminPages(authentication, permissions, webSudo);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!admin.admit(request, response)) {
            return;
        }
        SettingsPage page = new SettingsPage(ViewText.forLocale(authentication.getLocale()));
        String body = page.body(settings.current(), performance.environments(SettingsPage.ENVIRONMENT_DAYS),
                request.getContextPath() + InteractionsServlet.REST);
        AdminPages.write(response, page.title(), TAB, body);
    }
}
