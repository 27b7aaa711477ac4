package io.throughline.jira.web.rest;

import io.throughline.core.common.People;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.DependencyService;
import io.throughline.core.portfolio.PortfolioService;
import io.throughline.jira.web.json.CommitRequest;
import io.throughline.jira.web.json.DeclineRequest;
import io.throughline.jira.web.json.DependencyJson;
import io.throughline.jira.web.json.EmptyRequest;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code /dependencies/{id}/commit|decline|deliver}: the providing team answers. The store decides
 * races, so of two people answering at once one gets 200 and the other 409.
 */
@Path("dependencies/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DependencyResource {

    private final DependencyService dependencies;
    private final RequestContext context;
    private final DependencyViews views;

    @Inject
    public DependencyResource(DependencyService dependencies, PortfolioService portfolio, People people,
                               RequestContext context) {
        this.dependencies = dependencies;
        this.context = context;
        this.views = new DependencyViews(portfolio, people, context);
    }

    @POST
    @Path("commit")
    public DependencyJson commit(@PathParam("id") String id, CommitRequest body) {
        UserRef caller = Requests.caller(context);
        String date = body == null ? null : body.committedDate();
        return views.current(caller, dependencies.commit(caller, Requests.dependencyId(id), date));
    }

    @POST
    @Path("decline")
    public DependencyJson decline(@PathParam("id") String id, DeclineRequest body) {
        UserRef caller = Requests.caller(context);
        String reason = body == null ? null : body.reason();
        return views.current(caller, dependencies.decline(caller, Requests.dependencyId(id), reason));
    }

    @POST
    @Path("deliver")
    public DependencyJson deliver(@PathParam("id") String id, EmptyRequest body) {
        UserRef caller = Requests.caller(context);
        Requests.body(body);
        return views.current(caller, dependencies.deliver(caller, Requests.dependencyId(id)));
    }
}
