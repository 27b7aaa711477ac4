package io.throughline.web.rest;

import io.throughline.web.view.ViewText;
import io.throughline.core.Throughline;
import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.portfolio.PortfolioService;
import io.throughline.core.portfolio.PortfolioStatus;
import io.throughline.web.json.Ages;
import io.throughline.web.json.PortfolioJson;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/** {@code GET /portfolio/dependencies?team=A&team=B}: cross-team dependency health for the caller. */
@Path("portfolio")
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioResource {

    public static final String TEAM = "team";

    private final Throughline app;
    private final RequestContext context;

    @Inject
    public PortfolioResource(Throughline app, RequestContext context) {
        this.app = app;
        this.context = context;
    }

    /** No team parameter means every team. */
    @GET
    @Path("dependencies")
    public PortfolioJson dependencies(@QueryParam(TEAM) List<String> teams) {
        UserRef caller = Requests.caller(context);
        PortfolioStatus status;
        try {
            status = app.portfolio().dependencyStatus(caller, teams(teams));
        } catch (ThroughlineException.InvalidInput refusal) {
            throw Requests.renamed(refusal, Map.of(PortfolioService.TEAMS, TEAM));
        }
        return PortfolioJson.of(status, new Ages(context.clock().today(), context.clock().zone()),
                ViewText.forLocale(context.locale())::text);
    }

    /** A name no team can have is refused like a team that does not exist. */
    private static Set<Team> teams(List<String> names) {
        FieldErrors errors = new FieldErrors();
        Set<Team> teams = new TreeSet<>();
        for (String name : names) {
            try {
                teams.add(Team.of(name));
            } catch (IllegalArgumentException e) {
                errors.add(TEAM, "throughline.portfolio.team.unknown", name == null ? "" : name.strip());
            }
        }
        errors.throwIfAny();
        return teams;
    }
}
