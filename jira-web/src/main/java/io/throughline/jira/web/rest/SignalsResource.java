package io.throughline.jira.web.rest;

import io.throughline.core.signal.SignalService;
import io.throughline.jira.web.json.SignalsJson;
import io.throughline.web.view.ViewText;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code GET /initiatives/{key}/signals}: the status-integrity signals, as the caller may see the initiative. */
@Path("initiatives/{key}/signals")
@Produces(MediaType.APPLICATION_JSON)
public class SignalsResource {

    private final SignalService signals;
    private final RequestContext context;

    @Inject
    public SignalsResource(SignalService signals, RequestContext context) {
        this.signals = signals;
        this.context = context;
    }

    /** 404 for an initiative the caller may not see (or that does not exist). */
    @GET
    public SignalsJson signals(@PathParam("key") String key) {
        return SignalsJson.of(signals.forInitiative(Requests.caller(context), Requests.initiativeKey(key)),
                ViewText.forLocale(context.locale()));
    }
}
