package io.throughline.jira.web.rest;

import io.throughline.core.common.ThroughlineException;
import io.throughline.core.trace.RollUpService;
import io.throughline.jira.web.json.RollUpJson;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /portfolio/delivery?team=A&team=B}: the stored delivery roll-ups of every initiative
 * the caller may see, of the teams asked (every team the caller may know about when none is).
 */
@Path("portfolio/delivery")
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioDeliveryResource {

    private final RollUpService rollUps;
    private final RequestContext context;

    @Inject
    public PortfolioDeliveryResource(RollUpService rollUps, RequestContext context) {
        this.rollUps = rollUps;
        this.context = context;
    }

    @GET
    public RollUpJson.Portfolio delivery(@QueryParam(PortfolioResource.TEAM) List<String> teams) {
        RollUpService.PortfolioDelivery delivery;
        try {
            delivery = rollUps.portfolio(Requests.caller(context), PortfolioResource.teams(teams));
        } catch (ThroughlineException.InvalidInput refusal) {
            throw Requests.renamed(refusal, Map.of(RollUpService.TEAMS, PortfolioResource.TEAM));
        }
        return RollUpJson.Portfolio.of(delivery.asOf(), delivery.teams(), delivery.initiatives());
    }
}
