package io.throughline.preview;

import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.StatusCategory;
import io.throughline.web.view.Html;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import javax.ws.rs.core.Response;

/**
 * A delivery item's own page, as Jira shows an epic or a story: its type and status, where it sits
 * in the trace (its parent, the initiative it delivers), its estimate, and a button per status to
 * move it across its board, which is how the trace's progress changes in the preview.
 */
final class DeliveryItemPage {

    private final PreviewHost host;

    DeliveryItemPage(PreviewHost host) {
        this.host = host;
    }

    /** The page, or empty when there is no such issue the viewer may see. */
    Optional<Response> render(String key) {
        UserRef viewer = host.viewer();
        if (!InitiativeKey.isValid(key) || !host.directory().canView(viewer, InitiativeKey.parse(key))) {
            return Optional.empty();
        }
        return host.issues().find(InitiativeKey.parse(key)).map(issue -> page(viewer, issue));
    }

    private Response page(UserRef viewer, PreviewIssues.Issue issue) {
        PreviewText text = host.text();
        String key = Html.escape(issue.key().value());
        String none = text.html("throughline.preview.issue.none");
        StringBuilder body = new StringBuilder("<header class=\"throughline-issue-header\"><ol class=\"aui-nav aui-nav-breadcrumbs\">")
                .append("<li><a href=\"/\">").append(text.html("throughline.preview.issue.breadcrumb")).append("</a></li><li>")
                .append(Html.escape(issue.key().projectKey())).append("</li><li><a href=\"/browse/").append(key)
                .append("\" id=\"key-val\">").append(key).append("</a></li></ol><h1 id=\"summary-val\">")
                .append(Html.escape(issue.summary())).append("</h1></header>");
        body.append("<div class=\"aui-toolbar2 throughline-ops\" role=\"toolbar\" id=\"workflow\"><div class=\"throughline-actions\">");
        if (host.directory().canEdit(viewer, issue.key())) {
            for (String status : PreviewIssues.STATUS_ORDER) {
                if (status.equals(issue.status())) {
                    continue;
                }
                body.append("<form method=\"post\" action=\"/preview/issues/").append(key)
                        .append("/status\" class=\"throughline-transition\"><input type=\"hidden\" name=\"status\" value=\"")
                        .append(Html.escape(status)).append("\"><button class=\"aui-button\" type=\"submit\" id=\"status-")
                        .append(status.toLowerCase(Locale.ROOT).replace(' ', '-')).append("\">")
                        .append(text.html("throughline.preview.item.move", status)).append("</button></form>");
            }
        }
        body.append("</div></div>");
        body.append("<section class=\"throughline-details\" id=\"details-module\"><h2>")
                .append(text.html("throughline.preview.issue.details")).append("</h2><dl class=\"throughline-details-list\">")
                .append(item(text, "type", Html.escape(issue.type())))
                .append(item(text, "status", "<span class=\"aui-lozenge " + lozenge(issue.category())
                        + "\" id=\"item-status\" data-status=\"" + Html.escape(issue.status()) + "\">" + Html.escape(issue.status()) + "</span>"))
                .append(item(text, "team", Html.escape(issue.team().name())))
                .append(item(text, "parent", issue.parent().map(this::link).orElse(none)))
                .append(item(text, "delivers", issue.delivers().map(this::link).orElse(none)))
                .append(item(text, "points", issue.points().map(p -> Html.escape(p.toPlainString())).orElse(none)))
                .append(item(text, "started", issue.startedAt().map(this::day).orElse(none)))
                .append(item(text, "resolved", issue.resolvedAt().map(this::day).orElse(none)))
                .append("</dl></section>");
        return Response.ok(host.shell().page(text, viewer, issue.key().value() + " " + issue.summary(),
                "/browse/" + issue.key().value(), body.toString())).build();
    }

    private String link(InitiativeKey key) {
        String escaped = Html.escape(key.value());
        return "<a href=\"/browse/" + escaped + "\">" + escaped + "</a>";
    }

    private String day(java.time.Instant at) {
        String date = LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
        return "<time datetime=\"" + date + "\">" + date + "</time>";
    }

    private static String lozenge(StatusCategory category) {
        return switch (category) {
            case TO_DO -> "aui-lozenge-subtle";
            case IN_PROGRESS -> "aui-lozenge-current";
            case DONE -> "aui-lozenge-success";
        };
    }

    private static String item(PreviewText text, String field, String valueHtml) {
        return "<dt>" + text.html("throughline.preview.item." + field) + "</dt><dd data-field=\"" + field + "\">"
                + valueHtml + "</dd>";
    }
}
