package io.throughline.jira.setup;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import io.throughline.jira.host.JiraText;
import io.throughline.web.view.Html;
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * What the app's pages in Jira's administration share: who is let in (Jira administrators, inside a
 * WebSudo session) and the page around a body (Jira's admin decorator, the app's section and tab).
 */
final class AdminPages {

    private final JiraAuthenticationContext authentication;
    private final GlobalPermissionManager permissions;
    private final WebSudoManager webSudo;

    AdminPages(JiraAuthenticationContext authentication, GlobalPermissionManager permissions, WebSudoManager webSudo) {
        this.authentication = authentication;
        this.permissions = permissions;
        this.webSudo = webSudo;
    }

    /**
     * Whether the request may see the page; when not, the answer is already sent: 403 for anyone but
     * an administrator, Jira's password prompt for an administrator outside a WebSudo session.
     */
    boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null || !permissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, new JiraText(authentication.getLocale())
                    .plugin("throughline.jira.admin.only"));
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

    /** Writes {@code body} as a page of Jira's administration, under the app's section with {@code tab} selected. */
    static void write(HttpServletResponse response, String title, String tab, String body) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html><html><head><title>" + Html.escape(title) + "</title>"
                + "<meta name=\"decorator\" content=\"atl.admin\">"
                + "<meta name=\"admin.active.section\" content=\"" + SetupServlet.SECTION + "\">"
                + "<meta name=\"admin.active.tab\" content=\"" + tab + "\"></head><body>" + body + "</body></html>");
    }
}
