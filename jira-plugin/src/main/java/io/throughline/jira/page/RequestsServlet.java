package io.throughline.jira.page;

import com.atlassian.sal.api.auth.LoginUriProvider;
import io.throughline.core.common.UserRef;
import io.throughline.core.portfolio.PortfolioService;
import io.throughline.jira.web.page.RequestsPage;
import io.throughline.jira.web.rest.RequestContext;
import io.throughline.web.view.ViewText;
import java.io.IOException;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * "Requests to my team" under the Throughline menu: for anyone logged in (the page shows only the
 * teams they answer for). The page only reads; its script (web resource in the {@code atl.general}
 * context) answers through {@code POST /rest/throughline/1.0/dependencies/{id}/…} as JSON.
 */
public class RequestsServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/throughline/requests";
    static final String REST = "/rest/throughline/1.0";

    private final transient PortfolioService portfolio;
    private final transient RequestContext context;
    private final transient UserPages pages;

    public RequestsServlet(PortfolioService portfolio, RequestContext context, LoginUriProvider login) {
        this.portfolio = portfolio;
        this.context = context;
        this.pages = new UserPages(context, login);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserRef> viewer = pages.admit(request, response);
        if (viewer.isEmpty()) {
            return;
        }
        RequestsPage page = new RequestsPage(ViewText.forLocale(context.locale()), portfolio, context.clock());
        String base = request.getContextPath();
        String body = page.body(viewer.get(), request.getParameter(RequestsPage.TEAM_PARAMETER),
                new RequestsPage.Links(base + PATH, base + REST, base + "/browse/"));
        UserPages.write(response, page.title(), body);
    }
}
