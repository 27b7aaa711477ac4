package io.throughline.jira.page;

import com.atlassian.sal.api.auth.LoginUriProvider;
import io.throughline.core.common.UserRef;
import io.throughline.jira.web.rest.RequestContext;
import io.throughline.web.view.Html;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * What the app's pages under the Throughline menu share: who is let in (anyone logged in; an
 * anonymous visitor is sent to Jira's login page and back) and the page around a body (Jira's
 * general decorator, an AUI page panel).
 */
final class UserPages {

    private final RequestContext context;
    private final LoginUriProvider login;

    UserPages(RequestContext context, LoginUriProvider login) {
        this.context = context;
        this.login = login;
    }

    /** The logged-in viewer; when there is none, the answer (a redirect to the login page) is already sent. */
    Optional<UserRef> admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserRef> viewer = context.currentUser();
        if (viewer.isEmpty()) {
            response.sendRedirect(login.getLoginUri(returnUri(request)).toASCIIString());
        }
        return viewer;
    }

    /** Writes {@code body} as a page in Jira's own frame (header, the Throughline menu, footer). */
    static void write(HttpServletResponse response, String title, String body) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<!DOCTYPE html><html><head><title>" + Html.escape(title) + "</title>"
                + "<meta name=\"decorator\" content=\"atl.general\"></head><body>"
                + "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">"
                + "<section class=\"aui-page-panel-content\">" + body + "</section></div></div></body></html>");
    }

    /** The page as asked, query included, for the login page to send the visitor back to. */
    private static URI returnUri(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        return URI.create(url.toString());
    }
}
