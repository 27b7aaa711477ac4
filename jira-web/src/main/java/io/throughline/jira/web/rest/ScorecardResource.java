package io.throughline.jira.web.rest;

import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.People;
import io.throughline.core.scorecard.Scorecard;
import io.throughline.core.scorecard.ScorecardQuery;
import io.throughline.core.scorecard.ScorecardService;
import io.throughline.jira.web.json.ScorecardJson;
import io.throughline.jira.web.scorecard.ScorecardCsv;
import io.throughline.jira.web.scorecard.ScorecardParams;
import io.throughline.web.view.ViewText;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code GET /scorecard?asOf=YYYY-MM-DD&team=…&stage=…&owner=…&health=…&signal=…&sort=…&order=asc|desc&limit=N}:
 * the operating scorecard as the caller may see it, as of the end of that day (today by default);
 * {@code GET /scorecard/csv} with the same parameters (and {@code columns=outcome,delivery,…}) is the
 * same rows as CSV. A wrong parameter is a 400 naming it; nothing is written.
 */
@Path("scorecard")
public class ScorecardResource {

    public static final String CSV = "text/csv;charset=utf-8";
    /** At most this many initiative rows in the JSON ({@code total} still counts them all); team rows are never cut. */
    public static final String LIMIT = "limit";
    public static final int MAX_LIMIT = 10_000;

    private final ScorecardService scorecard;
    private final People people;
    private final RequestContext context;

    @Inject
    public ScorecardResource(ScorecardService scorecard, People people, RequestContext context) {
        this.scorecard = scorecard;
        this.people = people;
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ScorecardJson scorecard(@QueryParam(ScorecardQuery.AS_OF) String asOf,
                                   @QueryParam(ScorecardQuery.TEAM) List<String> teams,
                                   @QueryParam(ScorecardQuery.STAGE) List<String> stages,
                                   @QueryParam(ScorecardQuery.OWNER) String owner,
                                   @QueryParam(ScorecardQuery.HEALTH) String health,
                                   @QueryParam(ScorecardQuery.SIGNAL) String signal,
                                   @QueryParam(ScorecardQuery.SORT) String sort,
                                   @QueryParam(ScorecardQuery.ORDER) String order,
                                   @QueryParam(LIMIT) String limit) {
        ScorecardParams asked = new ScorecardParams(asOf, teams, stages, owner, health, signal, sort, order, null, null);
        FieldErrors errors = new FieldErrors();
        int rows = Requests.limit(LIMIT, limit, MAX_LIMIT, errors);
        errors.throwIfAny();
        return ScorecardJson.of(read(asked), rows, ViewText.forLocale(context.locale()), people, scorecard.zone());
    }

    @GET
    @Path("csv")
    @Produces(CSV)
    public Response csv(@QueryParam(ScorecardQuery.AS_OF) String asOf,
                        @QueryParam(ScorecardQuery.TEAM) List<String> teams,
                        @QueryParam(ScorecardQuery.STAGE) List<String> stages,
                        @QueryParam(ScorecardQuery.OWNER) String owner,
                        @QueryParam(ScorecardQuery.HEALTH) String health,
                        @QueryParam(ScorecardQuery.SIGNAL) String signal,
                        @QueryParam(ScorecardQuery.SORT) String sort,
                        @QueryParam(ScorecardQuery.ORDER) String order,
                        @QueryParam(ScorecardParams.COLUMNS) String columns) {
        ScorecardParams asked = new ScorecardParams(asOf, teams, stages, owner, health, signal, sort, order, columns,
                null);
        Scorecard card = read(asked);
        String body = ScorecardCsv.write(card, asked.groups(), ViewText.forLocale(context.locale()), people,
                scorecard.zone());
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"throughline-scorecard-" + card.asOf() + ".csv\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private Scorecard read(ScorecardParams asked) {
        return scorecard.scorecard(Requests.caller(context), asked.query());
    }
}
