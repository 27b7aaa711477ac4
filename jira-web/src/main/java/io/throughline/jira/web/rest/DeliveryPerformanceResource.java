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

/** {@code GET /initiatives/{key}/delivery-performance?days=90}: the DORA figures, as the caller may see the initiative. */
@Path("initiatives/{key}/delivery-performance")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryPerformanceResource {

    private final PerformanceService performance;
    private final RequestContext context;

    @Inject
    public DeliveryPerformanceResource(PerformanceService performance, RequestContext context) {
        this.performance = performance;
        this.context = context;
    }

    /** 400 naming {@code days} for a number out of 7–365 or no number; 404 for an initiative the caller may not see. */
    @GET
    public DeliveryPerformanceJson figures(@PathParam("key") String key, @QueryParam("days") String days) {
        return DeliveryPerformanceJson.of(performance.forInitiative(Requests.caller(context), Requests.initiativeKey(key),
                PerformanceService.days(days)));
    }
}
