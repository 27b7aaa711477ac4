package io.throughline.jira.web.rest;

import io.throughline.core.trace.TraceService;
import io.throughline.jira.web.json.TraceJson;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code /initiatives/{key}/trace}: the delivery work under an initiative, as the caller may see it. */
@Path("initiatives/{key}/trace")
@Produces(MediaType.APPLICATION_JSON)
public class TraceResource {

    private final TraceService traces;
    private final RequestContext context;

    @Inject
    public TraceResource(TraceService traces, RequestContext context) {
        this.traces = traces;
        this.context = context;
    }

    @GET
    public TraceJson trace(@PathParam("key") String key) {
        return TraceJson.of(traces.trace(Requests.caller(context), Requests.initiativeKey(key)));
    }
}
