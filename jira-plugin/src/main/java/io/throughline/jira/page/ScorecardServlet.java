package io.throughline.jira.page;

import com.atlassian.sal.api.auth.LoginUriProvider;
import io.throughline.core.common.People;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.scorecard.Scorecard;
import io.throughline.core.scorecard.ScorecardService;
import io.throughline.jira.web.rest.RequestContext;
import io.throughline.jira.web.scorecard.ScorecardPage;
import io.throughline.jira.web.scorecard.ScorecardParams;
import io.throughline.web.view.ViewText;
import java.io.IOException;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The scorecard under the Throughline menu, for anyone logged in: the rows of the initiatives they
 * may browse, filtered through the link (a plain GET form, so the page needs no script), and the CSV
 * of the same query through the REST API. A wrong filter shows the form again with the problems (400).
 */
public class ScorecardServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/throughline/scorecard";

    private final transient ScorecardService scorecard;
    private final transient TeamDirectory teams;
    private final transient People people;
    private final transient RequestContext context;
    private final transient UserPages pages;

    public ScorecardServlet(ScorecardService scorecard, TeamDirectory teams, People people, RequestContext context,
                            LoginUriProvider login) {
        this.scorecard = scorecard;
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
        ScorecardPage page = new ScorecardPage(text, people, scorecard.zone());
        ScorecardParams asked = ScorecardParams.from(request.getParameterMap());
        String base = request.getContextPath();
        String csv = base + RequestsServlet.REST + "/scorecard/csv";
        String body;
        try {
            Scorecard card = scorecard.scorecard(viewer.get(), asked.query());
            body = page.body(card, asked, teams.teamsVisibleTo(viewer.get()), base + PATH, csv, base + "/browse/");
        } catch (ThroughlineException.InvalidInput refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            body = page.refused(refused.errors().stream().map(error -> text.text(error.message())).toList(), asked,
                    teams.teamsVisibleTo(viewer.get()), base + PATH, csv);
        }
        UserPages.write(response, page.title(), body);
    }
}
