package io.throughline.preview;

import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.scorecard.Scorecard;
import io.throughline.jira.web.scorecard.ScorecardPage;
import io.throughline.jira.web.scorecard.ScorecardParams;
import io.throughline.web.view.ViewText;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/**
 * The scorecard, as the Jira page under the Throughline menu shows it: filters in the link, the CSV
 * through the REST API. A wrong filter shows the form again with the problems, answered 400.
 */
@Path(ScorecardPageResource.PATH)
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class ScorecardPageResource {

    static final String PATH = "/scorecard";

    private final PreviewHost host;

    ScorecardPageResource(PreviewHost host) {
        this.host = host;
    }

    @GET
    public Response page(@Context UriInfo uri) {
        UserRef viewer = host.viewer();
        ViewText text = ViewText.forLocale(host.locale());
        ScorecardPage page = new ScorecardPage(text, host.directory(), host.app().scorecard().zone());
        ScorecardParams asked = ScorecardParams.from(name -> uri.getQueryParameters().get(name));
        String csv = PreviewServer.REST_PATH + "/scorecard/csv";
        String body;
        Response.Status status = Response.Status.OK;
        try {
            Scorecard card = host.app().scorecard().scorecard(viewer, asked.query());
            body = page.body(card, asked, host.directory().teamsVisibleTo(viewer), PATH, csv, "/browse/");
        } catch (ThroughlineException.InvalidInput refused) {
            status = Response.Status.BAD_REQUEST;
            body = page.refused(refused.errors().stream().map(error -> text.text(error.message())).toList(), asked,
                    host.directory().teamsVisibleTo(viewer), PATH, csv);
        }
        return Response.status(status).entity(host.shell().page(host.text(), viewer, page.title(), PATH, body))
                .header("Cache-Control", "no-store").build();
    }
}
