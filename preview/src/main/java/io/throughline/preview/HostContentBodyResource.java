package io.throughline.preview;

import io.throughline.confluence.web.MacroContext;
import io.throughline.core.common.UserRef;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Stand-in for Confluence's {@code POST /rest/api/contentbody/convert/view}: a storage-format body
 * with Throughline's macros rendered as the viewer, through the same macro code as the wiki page.
 */
@Path("/rest/api/contentbody/convert")
@Produces(MediaType.APPLICATION_JSON)
public final class HostContentBodyResource {

    /** Confluence's content body: its text and the representation it is in. */
    public record ContentBody(String value, String representation) {
    }

    /** The little of Confluence's error body the preview answers with. */
    public record ConfluenceError(int statusCode, String message) {
    }

    private final PreviewHost host;
    private final PreviewMacros macros;

    HostContentBodyResource(PreviewHost host, PreviewMacros macros) {
        this.host = host;
        this.macros = macros;
    }

    @POST
    @Path("{to}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response convert(@PathParam("to") String to, ContentBody body) {
        PreviewText text = host.text();
        Optional<UserRef> viewer = host.identity().currentUser();
        if (viewer.isEmpty()) {
            return error(Response.Status.UNAUTHORIZED, text.text("throughline.preview.host.unauthenticated"));
        }
        if (!"view".equals(to) || body == null || !"storage".equals(body.representation())) {
            return error(Response.Status.BAD_REQUEST, text.text("throughline.preview.host.conversion",
                    body == null ? "" : String.valueOf(body.representation()), to));
        }
        List<WikiPage.Block> blocks;
        try {
            blocks = WikiPage.fragment(body.value());
        } catch (IllegalArgumentException e) {
            return error(Response.Status.BAD_REQUEST, text.text("throughline.preview.host.storage", e.getMessage()));
        }
        MacroContext context = MacroContext.of(viewer.get().key(), host.locale(), host.clock().zone());
        StringBuilder html = new StringBuilder();
        for (WikiPage.Block block : blocks) {
            if (block instanceof WikiPage.Macro macro) {
                html.append(macros.render(macro.name(), macro.parameters(), context)
                        .orElseGet(() -> "<div class=\"error\"><span class=\"error\">"
                                + text.html("throughline.preview.host.unknown-macro", macro.name()) + "</span></div>"));
            } else {
                html.append(((WikiPage.Text) block).html());
            }
        }
        return Response.ok(new ContentBody(html.toString(), "view")).build();
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ConfluenceError(status.getStatusCode(), message)).build();
    }
}
