package io.throughline.jira.web.rest;

import io.throughline.core.common.People;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.dependency.DependencyService;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.portfolio.PortfolioService;
import io.throughline.jira.web.json.DependencyJson;
import io.throughline.jira.web.json.DependencyRequest;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/** {@code /initiatives/{key}/dependencies}: the initiative's dependencies with health; request a new one. */
@Path("initiatives/{key}/dependencies")
@Produces(MediaType.APPLICATION_JSON)
public class InitiativeDependenciesResource {

    private static final Map<String, String> FIELD_NAMES =
            Map.of(DependencyForm.PROVIDER_ISSUE, DependencyRequest.PROVIDER_ISSUE_KEY);

    private final DependencyService dependencies;
    private final RequestContext context;
    private final DependencyViews views;

    @Inject
    public InitiativeDependenciesResource(DependencyService dependencies, PortfolioService portfolio, People people,
                                           RequestContext context) {
        this.dependencies = dependencies;
        this.context = context;
        this.views = new DependencyViews(portfolio, people, context);
    }

    @GET
    public List<DependencyJson> list(@PathParam("key") String key) {
        return views.of(Requests.caller(context), Requests.initiativeKey(key));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@PathParam("key") String key, DependencyRequest body, @Context UriInfo uri) {
        UserRef caller = Requests.caller(context);
        InitiativeKey consumer = Requests.initiativeKey(key);
        DependencyRequest request = body == null ? new DependencyRequest(null, null, null, null) : body;
        Dependency created;
        try {
            created = dependencies.request(caller, consumer, request.toForm());
        } catch (ThroughlineException.InvalidInput refusal) {
            throw Requests.renamed(refusal, FIELD_NAMES);
        }
        return Response.created(uri.getAbsolutePath()).entity(views.current(caller, created)).build();
    }
}
