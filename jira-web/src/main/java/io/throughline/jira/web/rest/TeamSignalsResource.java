package io.throughline.jira.web.rest;

import io.throughline.core.signal.SignalService;
import io.throughline.jira.web.json.TeamSignalsJson;
import io.throughline.web.view.ViewText;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code GET /teams/{team}/signals}: the team's signals (coordination debt), for whoever may know the team. */
@Path("teams/{team}/signals")
@Produces(MediaType.APPLICATION_JSON)
public class TeamSignalsResource {

    private final SignalService signals;
    private final RequestContext context;

    @Inject
    public TeamSignalsResource(SignalService signals, RequestContext context) {
        this.signals = signals;
        this.context = context;
    }

    /** 404 for a team the caller may not know about, or that does not exist. */
    @GET
    public TeamSignalsJson signals(@PathParam("team") String team) {
        return TeamSignalsJson.of(signals.forTeam(Requests.caller(context), team), ViewText.forLocale(context.locale()));
    }
}
