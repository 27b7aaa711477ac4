package io.throughline.jira.web.rest;

import io.throughline.core.performance.PerformanceService;
import io.throughline.jira.web.json.DeliveryPerformanceJson;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /teams/{team}/delivery-performance?days=90}: a team's DORA figures, from the production
 * deployments naming issues of its projects; 404 for a team the caller may not know about.
 */
@Path("teams/{team}/delivery-performance")
@Produces(MediaType.APPLICATION_JSON)
public class TeamPerformanceResource {

    private final PerformanceService performance;
    private final RequestContext context;

    @Inject
    public TeamPerformanceResource(PerformanceService performance, RequestContext context) {
        this.performance = performance;
        this.context = context;
    }

    @GET
    public DeliveryPerformanceJson figures(@PathParam("team") String team, @QueryParam("days") String days) {
        return DeliveryPerformanceJson.of(performance.forTeam(Requests.caller(context), team,
                PerformanceService.days(days)));
    }
}
