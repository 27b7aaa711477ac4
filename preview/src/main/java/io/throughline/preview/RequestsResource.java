package io.throughline.preview;

import io.throughline.core.common.UserRef;
import io.throughline.jira.web.page.RequestsPage;
import io.throughline.web.view.ViewText;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * "Requests to my team", as Jira's Throughline menu shows it: the queue of the teams the acting
 * person answers for, rendered by the page Jira serves. Its script answers through the REST API
 * ({@code POST /dependencies/{id}/…}) as JSON from this origin, which {@link CrossSiteWrites} lets through.
 */
@Path("/requests")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class RequestsResource {

    static final String PATH = "/requests";

    private final PreviewHost host;

    RequestsResource(PreviewHost host) {
        this.host = host;
    }

    @GET
    public Response page(@QueryParam(RequestsPage.TEAM_PARAMETER) String team) {
        UserRef viewer = host.viewer();
        RequestsPage page = new RequestsPage(ViewText.forLocale(host.locale()), host.app().portfolio(), host.clock());
        String body = page.body(viewer, team, new RequestsPage.Links(PATH, PreviewServer.REST_PATH, "/browse/"));
        // "Act as" comes back to the page without the team: the next person may answer for others.
        return Response.ok(host.shell().page(host.text(), viewer, page.title(), PATH, body))
                .header("Cache-Control", "no-store").build();
    }
}
