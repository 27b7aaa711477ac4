package io.throughline.jira.web.rest;

import io.throughline.core.common.People;
import io.throughline.core.scorecard.ScorecardQuery;
import io.throughline.core.stageview.StagePortfolio;
import io.throughline.core.stageview.StagePortfolioService;
import io.throughline.jira.web.json.PortfolioInitiativesJson;
import io.throughline.jira.web.portfolio.PortfolioCsv;
import io.throughline.jira.web.scorecard.ScorecardParams;
import io.throughline.web.view.ViewText;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code GET /portfolio/initiatives?team=…&stage=…&owner=…&health=…&signal=…&sort=…&order=asc|desc&page=N}:
 * one page ({@value StagePortfolioService#PAGE_SIZE} rows) of the portfolio by stage as the caller may see
 * it now, with the gates ahead judged for that page's rows; {@code GET /portfolio/initiatives/csv} with
 * the same filters is every row as CSV, naming the gate ahead of each row's stage without judging it.
 * The parameters are the scorecard's; a wrong one is a 400 naming it.
 */
@Path("portfolio/initiatives")
public class PortfolioInitiativesResource {

    private final StagePortfolioService portfolio;
    private final People people;
    private final RequestContext context;

    @Inject
    public PortfolioInitiativesResource(StagePortfolioService portfolio, People people, RequestContext context) {
        this.portfolio = portfolio;
        this.people = people;
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public PortfolioInitiativesJson page(@QueryParam(ScorecardQuery.TEAM) List<String> teams,
                                         @QueryParam(ScorecardQuery.STAGE) List<String> stages,
                                         @QueryParam(ScorecardQuery.OWNER) String owner,
                                         @QueryParam(ScorecardQuery.HEALTH) String health,
                                         @QueryParam(ScorecardQuery.SIGNAL) String signal,
                                         @QueryParam(ScorecardQuery.SORT) String sort,
                                         @QueryParam(ScorecardQuery.ORDER) String order,
                                         @QueryParam(ScorecardParams.PAGE) String page) {
        ScorecardParams asked = new ScorecardParams(null, teams, stages, owner, health, signal, sort, order, null, page);
        StagePortfolio shown = portfolio.page(Requests.caller(context), asked.query(), asked.pageNumber());
        return PortfolioInitiativesJson.of(shown, ViewText.forLocale(context.locale()), people);
    }

    @GET
    @Path("csv")
    @Produces(ScorecardResource.CSV)
    public Response csv(@QueryParam(ScorecardQuery.TEAM) List<String> teams,
                        @QueryParam(ScorecardQuery.STAGE) List<String> stages,
                        @QueryParam(ScorecardQuery.OWNER) String owner,
                        @QueryParam(ScorecardQuery.HEALTH) String health,
                        @QueryParam(ScorecardQuery.SIGNAL) String signal,
                        @QueryParam(ScorecardQuery.SORT) String sort,
                        @QueryParam(ScorecardQuery.ORDER) String order) {
        ScorecardParams asked = new ScorecardParams(null, teams, stages, owner, health, signal, sort, order, null, null);
        StagePortfolio all = portfolio.all(Requests.caller(context), asked.query());
        String body = PortfolioCsv.write(all, ViewText.forLocale(context.locale()), people);
        return Response.ok(body, ScorecardResource.CSV)
                .header("Content-Disposition", "attachment; filename=\"throughline-portfolio-"
                        + all.asOf() + ".csv\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
