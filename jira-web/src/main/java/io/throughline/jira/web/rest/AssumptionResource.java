package io.throughline.jira.web.rest;

import io.throughline.core.assumption.AssumptionService;
import io.throughline.jira.web.json.AssumptionJson;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code GET|POST /initiatives/{key}/assumptions}: read the assumptions a bet rests on, list one
 * more (see {@link AssumptionResolveResource} for settling one).
 */
@Path("initiatives/{key}/assumptions")
@Produces(MediaType.APPLICATION_JSON)
public class AssumptionResource {

    private final AssumptionService assumptions;
    private final RequestContext context;

    @Inject
    public AssumptionResource(AssumptionService assumptions, RequestContext context) {
        this.assumptions = assumptions;
        this.context = context;
    }

    @GET
    public List<AssumptionJson> list(@PathParam("key") String key) {
        return assumptions.assumptions(Requests.caller(context), Requests.initiativeKey(key)).stream()
                .map(AssumptionJson::of).toList();
    }

    /** 201 with the assumption; 400 naming {@code text} when it is empty, too long or not one line. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("key") String key, AssumptionJson.ListRequest body) {
        AssumptionJson.ListRequest request = Requests.body(body);
        return Response.status(Response.Status.CREATED).entity(AssumptionJson.of(
                assumptions.list(Requests.caller(context), Requests.initiativeKey(key), request.text()))).build();
    }
}
