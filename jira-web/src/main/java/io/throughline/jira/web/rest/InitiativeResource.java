package io.throughline.jira.web.rest;

import io.throughline.core.Throughline;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.jira.web.json.InitiativeJson;
import io.throughline.web.view.ViewText;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /initiatives/{key}}: the initiative, its parsed metric, both gates' verdicts now, and
 * summaries of its evidence and dependencies (what a Confluence status card needs in one request).
 */
@Path("initiatives/{key}")
@Produces(MediaType.APPLICATION_JSON)
public class InitiativeResource {

    private final Throughline app;
    private final RequestContext context;

    @Inject
    public InitiativeResource(Throughline app, RequestContext context) {
        this.app = app;
        this.context = context;
    }

    @GET
    public InitiativeJson get(@PathParam("key") String key) {
        UserRef caller = Requests.caller(context);
        InitiativeKey initiativeKey = Requests.initiativeKey(key);
        Initiative initiative = app.initiatives().get(caller, initiativeKey);
        return InitiativeJson.of(initiative,
                app.gates().commitReadiness(caller, initiativeKey, app.defaults()),
                app.gates().outcomeReadiness(caller, initiativeKey, app.defaults()),
                app.evidence().ledger(caller, initiativeKey),
                app.portfolio().forInitiative(caller, initiativeKey),
                ViewText.forLocale(context.locale())::text);
    }
}
