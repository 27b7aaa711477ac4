package io.throughline.jira.page;

import com.atlassian.sal.api.auth.LoginUriProvider;
import io.throughline.core.common.People;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.stageview.StagePortfolio;
import io.throughline.core.stageview.StagePortfolioService;
import io.throughline.jira.web.portfolio.PortfolioPage;
import io.throughline.jira.web.rest.RequestContext;
import io.throughline.jira.web.scorecard.ScorecardParams;
import io.throughline.web.view.ViewText;
import java.io.IOException;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The portfolio under the Throughline menu, for anyone logged in: the initiatives they may browse by
 * stage, with the gate ahead judged for the page shown, filtered through the link (a plain GET form),
 * and the CSV of the same query through the REST API. A wrong filter shows the form again with the
 * problems (400).
 */
public class PortfolioServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/throughline/portfolio";

    private final transient StagePortfolioService portfolio;
    private final transient TeamDirectory teams;
    private final transient People people;
    private final transient RequestContext context;
    private final transient UserPages pages;

    public PortfolioServlet(StagePortfolioService portfolio, TeamDirectory teams, People people, RequestContext context,
                            LoginUriProvider login) {
        this.portfolio = portfolio;
        this.teams = teams;
        this.people = people;
        this.context = context;
        this.pages = new UserPages(context, login);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserRef> viewer = pages.admit(request, response);
        if (viewer.isEmpty()) {
            return;
        }
        ViewText text = ViewText.forLocale(context.locale());
        PortfolioPage page = new PortfolioPage(text, people, portfolio.zone());
        ScorecardParams asked = PortfolioPage.params(request.getParameterMap());
        String base = request.getContextPath();
        PortfolioPage.Links links = new PortfolioPage.Links(base + PATH,
                base + RequestsServlet.REST + "/portfolio/initiatives/csv", base + "/browse/");
        String body;
        try {
            StagePortfolio shown = portfolio.page(viewer.get(), asked.query(), asked.pageNumber());
            body = page.body(shown, asked, teams.teamsVisibleTo(viewer.get()), links);
        } catch (ThroughlineException.InvalidInput refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            body = page.refused(refused.errors().stream().map(error -> text.text(error.message())).toList(), asked,
                    teams.teamsVisibleTo(viewer.get()), links);
        }
        UserPages.write(response, page.title(), body);
    }
}
