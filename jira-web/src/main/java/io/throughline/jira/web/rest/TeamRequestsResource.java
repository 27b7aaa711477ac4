package io.throughline.jira.web.rest;

import io.throughline.core.portfolio.PortfolioService;
import io.throughline.jira.web.json.Ages;
import io.throughline.jira.web.json.TeamRequestJson;
import io.throughline.web.view.ViewText;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /teams/{team}/requests}: what a team is asked (requested first, then committed, by
 * needed-by), for its members and admins, including requests from initiatives they cannot browse.
 */
@Path("teams/{team}/requests")
@Produces(MediaType.APPLICATION_JSON)
public class TeamRequestsResource {

    private final PortfolioService portfolio;
    private final RequestContext context;

    @Inject
    public TeamRequestsResource(PortfolioService portfolio, RequestContext context) {
        this.portfolio = portfolio;
        this.context = context;
    }

    @GET
    public List<TeamRequestJson> requests(@PathParam("team") String team) {
        Ages ages = new Ages(context.clock().today(), context.clock().zone());
        return portfolio.requestsOf(Requests.caller(context), team).stream()
                .map(request -> TeamRequestJson.of(request, ages, ViewText.forLocale(context.locale())::text))
                .toList();
    }
}
