package io.throughline.preview;

import io.throughline.confluence.web.MacroContext;
import io.throughline.core.common.UserRef;
import io.throughline.web.view.Html;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Confluence pages from the repository, rendered through the Confluence app's own macro code, which
 * reads this server's REST API over HTTP as the viewer — exactly as it reads Jira over an application link.
 */
@Path("/wiki")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class WikiResource {

    private final PreviewHost host;
    private final PreviewMacros macros;

    WikiResource(PreviewHost host, PreviewMacros macros) {
        this.host = host;
        this.macros = macros;
    }

    @GET
    @Path("{page}")
    public Response page(@PathParam("page") String name) {
        UserRef viewer = host.viewer();
        PreviewText text = host.text();
        String path = "/wiki/" + name;
        Optional<WikiPage> page = WikiPage.load(name);
        if (page.isEmpty()) {
            String body = "<div class=\"aui-message aui-message-warning\"><p>"
                    + text.html("throughline.preview.wiki.missing", name) + "</p></div>";
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(host.shell().page(text, viewer, name, path, body)).build();
        }
        MacroContext context = MacroContext.of(viewer.key(), host.locale(), host.clock().zone());
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(page.get().title())).append("</h1>")
                .append("<div class=\"wiki-content\">");
        for (WikiPage.Block block : page.get().blocks()) {
            if (block instanceof WikiPage.Macro macro) {
                body.append(render(macro.name(), macro.parameters(), context));
            } else {
                body.append(((WikiPage.Text) block).html());
            }
        }
        body.append("</div>");
        return Response.ok(host.shell().page(text, viewer, page.get().title(), path, body.toString())).build();
    }

    private String render(String name, Map<String, String> parameters, MacroContext context) {
        return macros.render(name, parameters, context)
                .orElseGet(() -> "<div class=\"aui-message aui-message-warning\"><p>" + Html.escape(name) + "</p></div>");
    }
}
