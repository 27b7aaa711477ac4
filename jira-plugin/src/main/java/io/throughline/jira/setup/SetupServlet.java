package io.throughline.jira.setup;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import io.throughline.core.setup.ScreenFix;
import io.throughline.core.setup.SetupService;
import io.throughline.jira.host.JiraText;
import io.throughline.jira.web.setup.SetupPage;
import io.throughline.web.view.Html;
import io.throughline.web.view.ViewText;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The setup check in Jira's administration: Jira administrators only, inside a WebSudo session. GET
 * shows the check; POST (with SAL's XSRF token) adds the missing fields to the Initiative screens
 * and shows what it changed next to the fresh check.
 */
public class SetupServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/throughline/setup";
    static final String SECTION = "admin_plugins_menu/throughline-admin-section";
    static final String TAB = "throughline-setup-link";
    private static final Logger LOG = Logger.getLogger(SetupServlet.class.getName());

    private final transient SetupService setup;
    private final transient JiraAuthenticationContext authentication;
    private final transient GlobalPermissionManager permissions;
    private final transient WebSudoManager webSudo;
    private final transient XsrfTokenAccessor tokens;
    private final transient XsrfTokenValidator tokenCheck;

    public SetupServlet(SetupService setup, JiraAuthenticationContext authentication, GlobalPermissionManager permissions,
                        WebSudoManager webSudo, XsrfTokenAccessor tokens, XsrfTokenValidator tokenCheck) {
        this.setup = setup;
        this.authentication = authentication;
        this.permissions = permissions;
        this.webSudo = webSudo;
        this.tokens = tokens;
        this.tokenCheck = tokenCheck;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (admitted(request, response)) {
            render(request, response, Optional.empty());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!admitted(request, response)) {
            return;
        }
        if (!tokenCheck.validateFormEncodedToken(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, text().plugin("throughline.jira.setup.bad-token"));
            return;
        }
        ScreenFix fix;
        try {
            fix = setup.addMissingFieldsToScreens();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Throughline could not add its fields to the Initiative screens", e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    text().plugin("throughline.jira.setup.fix-failed", String.valueOf(e.getMessage())));
            return;
        }
        render(request, response, Optional.of(fix));
    }

    /** Administrators only (anyone else gets 403 and no data), then WebSudo: without a session Jira asks for the password. */
    private boolean admitted(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null || !permissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, text().plugin("throughline.jira.admin.only"));
            return false;
        }
        try {
            webSudo.willExecuteWebSudoRequest(request);
            return true;
        } catch (WebSudoSessionException e) {
            webSudo.enforceWebSudoProtection(request, response);
            return false;
        }
    }

    private void render(HttpServletRequest request, HttpServletResponse response, Optional<ScreenFix> fix) throws IOException {
        SetupPage page = new SetupPage(ViewText.forLocale(authentication.getLocale()));
        SetupPage.FormToken token = new SetupPage.FormToken(tokenCheck.getXsrfParameterName(),
                tokens.getXsrfToken(request, response, true));
        String body = page.body(setup.report(), fix, request.getContextPath() + PATH, Optional.of(token));
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html><html><head><title>" + Html.escape(page.title()) + "</title>"
                + "<meta name=\"decorator\" content=\"atl.admin\">"
                + "<meta name=\"admin.active.section\" content=\"" + SECTION + "\">"
                + "<meta name=\"admin.active.tab\" content=\"" + TAB + "\"></head><body>" + body + "</body></html>");
    }

    private JiraText text() {
        return new JiraText(authentication.getLocale());
    }
}
