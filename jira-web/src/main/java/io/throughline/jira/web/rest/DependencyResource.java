package io.throughline.jira.web.rest;

import io.throughline.core.common.People;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.DependencyService;
import io.throughline.core.portfolio.PortfolioService;
import io.throughline.jira.web.json.CommitRequest;
import io.throughline.jira.web.json.DeclineRequest;
import io.throughline.jira.web.json.DependencyJson;
import io.throughline.jira.web.json.EmptyRequest;
import io.throughline.jira.web.json.ReopenRequest;
import io.throughline.jira.web.json.ReviseRequest;
import io.throughline.jira.web.json.WithdrawRequest;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code /dependencies/{id}/commit|decline|revise|deliver}: the providing team answers;
 * {@code withdraw|reopen}: the consumer takes back or asks again. The store decides races, so of
 * two people changing a dependency at once one gets 200 and the other 409.
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
    @Path("revise")
    public DependencyJson revise(@PathParam("id") String id, ReviseRequest body) {
        UserRef caller = Requests.caller(context);
        ReviseRequest request = body == null ? new ReviseRequest(null, null) : body;
        return views.current(caller, dependencies.revise(caller, Requests.dependencyId(id), request.committedDate(),
                request.reason()));
    }

    @POST
    @Path("withdraw")
    public DependencyJson withdraw(@PathParam("id") String id, WithdrawRequest body) {
        UserRef caller = Requests.caller(context);
        String reason = body == null ? null : body.reason();
        return views.current(caller, dependencies.withdraw(caller, Requests.dependencyId(id), reason));
    }

    @POST
    @Path("reopen")
    public DependencyJson reopen(@PathParam("id") String id, ReopenRequest body) {
        UserRef caller = Requests.caller(context);
        ReopenRequest request = body == null ? new ReopenRequest(null, null) : body;
        return views.current(caller, dependencies.reopen(caller, Requests.dependencyId(id), request.neededBy(),
                request.description()));
    }

    @POST
    @Path("deliver")
    public DependencyJson deliver(@PathParam("id") String id, EmptyRequest body) {
        UserRef caller = Requests.caller(context);
        Requests.body(body);
        return views.current(caller, dependencies.deliver(caller, Requests.dependencyId(id)));
    }
}
