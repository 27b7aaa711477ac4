package io.throughline.jira.web.rest;

import io.throughline.core.common.People;
import io.throughline.core.common.UserRef;
import io.throughline.core.digest.DigestQuery;
import io.throughline.core.digest.DigestService;
import io.throughline.jira.web.json.DigestJson;
import io.throughline.web.view.ViewText;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /digest?since=YYYY-MM-DD&team=…}: what changed from the start of that day (seven days ago by
 * default) until now, for the teams named (repeatable; every team the caller may know about by default), as
 * the caller may see it. A wrong day or team is a 400 naming {@code since} or {@code team}; nothing is written.
 */
@Path("digest")
public class DigestResource {

    private final DigestService digest;
    private final People people;
    private final RequestContext context;

    @Inject
    public DigestResource(DigestService digest, People people, RequestContext context) {
        this.digest = digest;
        this.people = people;
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DigestJson digest(@QueryParam(DigestQuery.SINCE) String since, @QueryParam(DigestQuery.TEAM) List<String> teams) {
        UserRef caller = Requests.caller(context);
        return DigestJson.of(digest.digest(caller, DigestQuery.parse(since, teams)), ViewText.forLocale(context.locale()),
                people);
    }
}
