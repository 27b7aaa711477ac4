package io.throughline.preview;

import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.DeliveryItem;
import io.throughline.core.trace.Trace;
import io.throughline.web.view.Html;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

/**
 * Where the panel's "Open the linked work in issue search" lands in the preview, standing in for
 * Jira's issue navigator: it understands the one query the panel links to (the issues linked to
 * deliver an initiative) and lists the initiative's trace as the viewer may see it.
 */
@Path("/issues")
public final class IssueSearchResource {

    private static final Pattern TRACE = Pattern.compile("linkedIssues\\(\"?([A-Za-z][A-Za-z0-9_]*-[0-9]+)\"?");

    private final PreviewHost host;

    IssueSearchResource(PreviewHost host) {
        this.host = host;
    }

    @GET
    public Response search(@QueryParam("jql") String jql) {
        PreviewText text = host.text();
        UserRef viewer = host.viewer();
        Matcher match = TRACE.matcher(jql == null ? "" : jql);
        Optional<Trace> trace = Optional.empty();
        if (match.find() && InitiativeKey.isValid(match.group(1))) {
            try {
                trace = Optional.of(host.app().trace().trace(viewer, InitiativeKey.parse(match.group(1))));
            } catch (ThroughlineException.NotFound e) {
                trace = Optional.empty();
            }
        }
        StringBuilder body = new StringBuilder("<h1>").append(text.html("throughline.preview.search.heading")).append("</h1>")
                .append("<p class=\"throughline-muted\"><code id=\"search-jql\">").append(Html.escape(jql == null ? "" : jql))
                .append("</code></p>");
        if (trace.isEmpty()) {
            body.append("<div class=\"aui-message aui-message-warning\" id=\"search-none\"><p>")
                    .append(text.html("throughline.preview.search.unknown")).append("</p></div>");
        } else {
            body.append("<table class=\"aui\" id=\"search-results\"><thead><tr><th>")
                    .append(text.html("throughline.preview.search.key")).append("</th><th>")
                    .append(text.html("throughline.preview.search.summary")).append("</th><th>")
                    .append(text.html("throughline.preview.item.type")).append("</th><th>")
                    .append(text.html("throughline.preview.item.team")).append("</th><th>")
                    .append(text.html("throughline.preview.item.status")).append("</th></tr></thead><tbody>");
            for (DeliveryItem item : trace.get().items()) {
                String key = Html.escape(item.key().value());
                body.append("<tr data-key=\"").append(key).append("\"><td><a href=\"/browse/").append(key).append("\">")
                        .append(key).append("</a></td><td>").append(Html.escape(item.summary())).append("</td><td>")
                        .append(Html.escape(item.issueType())).append("</td><td>").append(Html.escape(item.team().name()))
                        .append("</td><td>").append(Html.escape(item.status())).append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        return Response.ok(host.shell().page(text, viewer, text.text("throughline.preview.search.heading"), "/", body.toString()))
                .build();
    }
}
