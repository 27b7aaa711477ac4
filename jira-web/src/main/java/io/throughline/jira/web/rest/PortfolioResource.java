package io.throughline.jira.web.rest;

import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.graph.Health;
import io.throughline.core.portfolio.PortfolioService;
import io.throughline.core.portfolio.PortfolioStatus;
import io.throughline.jira.web.json.Ages;
import io.throughline.jira.web.json.PortfolioJson;
import io.throughline.web.view.ViewText;
import java.util.EnumSet;
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
    public static final String HEALTH = "health";
    public static final String LIMIT = "limit";
    public static final int MAX_LIMIT = 10_000;

    private final PortfolioService portfolio;
    private final RequestContext context;

    @Inject
    public PortfolioResource(PortfolioService portfolio, RequestContext context) {
        this.portfolio = portfolio;
        this.context = context;
    }

    /**
     * No team parameter means every team. {@code health} (repeatable) and {@code limit} narrow the
     * list of dependencies only; summary, matrix and cycles always cover everything in scope. The core
     * reads in full only the rows listed (worst first), so a page asking for its display cap costs the
     * same whatever the portfolio's size.
     */
    @GET
    @Path("dependencies")
    public PortfolioJson dependencies(@QueryParam(TEAM) List<String> teams, @QueryParam(HEALTH) List<String> healths,
                                      @QueryParam(LIMIT) String limit) {
        UserRef caller = Requests.caller(context);
        FieldErrors errors = new FieldErrors();
        Set<Health> listed = healths(healths, errors);
        int cap = Requests.limit(LIMIT, limit, MAX_LIMIT, errors);
        errors.throwIfAny();
        PortfolioStatus status;
        try {
            status = portfolio.dependencyStatus(caller, teams(teams), listed, cap);
        } catch (ThroughlineException.InvalidInput refusal) {
            throw Requests.renamed(refusal, Map.of(PortfolioService.TEAMS, TEAM));
        }
        return PortfolioJson.of(status, new Ages(context.clock().today(), context.clock().zone()),
                ViewText.forLocale(context.locale())::text);
    }

    private static Set<Health> healths(List<String> names, FieldErrors errors) {
        if (names.isEmpty()) {
            return EnumSet.allOf(Health.class);
        }
        Set<Health> healths = EnumSet.noneOf(Health.class);
        for (String name : names) {
            try {
                healths.add(Health.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(HEALTH, "throughline.web.error.health", String.valueOf(name), List.of(Health.values()).toString());
            }
        }
        return healths;
    }


    /** A name no team can have is refused like a team that does not exist. */
    static Set<Team> teams(List<String> names) {
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
