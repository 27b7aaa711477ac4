package io.throughline.jira.web.rest;

import io.throughline.core.assumption.AssumptionId;
import io.throughline.core.assumption.AssumptionService;
import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.jira.web.json.AssumptionJson;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code POST /assumptions/{id}/resolve}: confirm or refute an assumption with an entry of its initiative's ledger. */
@Path("assumptions")
@Produces(MediaType.APPLICATION_JSON)
public class AssumptionResolveResource {

    private final AssumptionService assumptions;
    private final RequestContext context;

    @Inject
    public AssumptionResolveResource(AssumptionService assumptions, RequestContext context) {
        this.assumptions = assumptions;
        this.context = context;
    }

    /** 200 with the assumption as resolved; 400 naming {@code status} or {@code evidenceId}; 409 when resolved meanwhile. */
    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssumptionJson resolve(@PathParam("id") String id, AssumptionJson.ResolveRequest body) {
        AssumptionJson.ResolveRequest request = Requests.body(body);
        return AssumptionJson.of(assumptions.resolve(Requests.caller(context), assumptionId(id), request.status(),
                request.evidenceId()));
    }

    private static AssumptionId assumptionId(String text) {
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return new AssumptionId(id);
            }
        } catch (NumberFormatException e) {
            // refused below like an unknown id
        }
        throw new ThroughlineException.NotFound(Message.of("throughline.assumption.not-found", text.strip()));
    }
}
