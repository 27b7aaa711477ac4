package io.throughline.preview;

import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.gate.Gate;
import io.throughline.core.gate.GateReport;
import io.throughline.core.gate.GateService;
import io.throughline.core.gate.Verdict;
import io.throughline.core.gate.Violation;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.jira.web.panel.PanelRequest;
import io.throughline.web.view.Html;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.core.Response;

/**
 * The preview's issue view, laid out as Jira's own: breadcrumbs and summary, the workflow buttons
 * in the bar under the summary, a details block (type, status, team, owner, the app's fields) on the
 * left and the app's panel in the right column, so what people try here is what Jira will show.
 */
final class IssuePage {

    private final PreviewHost host;

    IssuePage(PreviewHost host) {
        this.host = host;
    }

    /**
     * The page of {@code key} as the viewer may see it, else the not-found page. {@code noticeHtml}
     * (escaped, possibly empty) is a message box to show above the details, e.g. a refused form.
     */
    Response render(String key, Optional<Stage> moved, Optional<Stage> blocked, String noticeHtml,
                    Response.Status status) {
        UserRef viewer = host.viewer();
        PreviewText text = host.text();
        String path = "/browse/" + key;
        Optional<Initiative> found = find(viewer, key);
        if (found.isEmpty()) {
            Optional<Response> item = new DeliveryItemPage(host).render(key);
            if (item.isPresent()) {
                return item.get();
            }
            return NotFoundPage.response(host, path,
                    text.html("throughline.preview.browse.not-found", key, host.directory().displayName(viewer)));
        }
        Initiative initiative = found.get();
        String panel = host.panels().render(host.panelFactory().panel(new PanelRequest(viewer, initiative,
                host.app().defaults(), host.locale(), host.clock().today(), host.clock().zone(), "")));
        String body = header(text, initiative) + opsBar(text, viewer, initiative)
                + messages(text, initiative, moved, blocked) + noticeHtml
                + "<div class=\"throughline-columns throughline-issue\"><div class=\"throughline-issue-main\">"
                + details(text, initiative) + "</div><div class=\"throughline-preview-side\">" + panel + "</div></div>";
        return Response.status(status).entity(host.shell().page(text, viewer,
                initiative.key().value() + " " + initiative.summary(), path, body)).build();
    }

    private Optional<Initiative> find(UserRef viewer, String key) {
        if (!InitiativeKey.isValid(key)) {
            return Optional.empty();
        }
        try {
            return Optional.of(host.app().initiatives().get(viewer, InitiativeKey.parse(key)));
        } catch (ThroughlineException.NotFound e) {
            return Optional.empty();
        }
    }

    private static String header(PreviewText text, Initiative initiative) {
        String key = Html.escape(initiative.key().value());
        return "<header class=\"throughline-issue-header\"><ol class=\"aui-nav aui-nav-breadcrumbs\"><li><a href=\"/\">"
                + text.html("throughline.preview.issue.breadcrumb") + "</a></li><li>"
                + Html.escape(initiative.key().projectKey()) + "</li><li><a href=\"/browse/" + key + "\" id=\"key-val\">"
                + key + "</a></li></ol><h1 id=\"summary-val\">" + Html.escape(initiative.summary()) + "</h1></header>";
    }

    /** The bar of workflow buttons, where Jira puts its transitions; each runs the same gates. */
    private String opsBar(PreviewText text, UserRef viewer, Initiative initiative) {
        StringBuilder bar = new StringBuilder("<div class=\"aui-toolbar2 throughline-ops\" role=\"toolbar\" id=\"workflow\">")
                .append("<div class=\"throughline-actions\">");
        Set<Stage> next = PreviewWorkflow.next(initiative.stage());
        if (next.isEmpty()) {
            bar.append("<span class=\"throughline-muted\">").append(text.html("throughline.preview.browse.final"))
                    .append("</span>");
        } else if (host.directory().canEdit(viewer, initiative.key())) {
            for (Stage target : next) {
                bar.append("<form method=\"post\" action=\"/preview/initiatives/")
                        .append(Html.escape(initiative.key().value()))
                        .append("/transition\" class=\"throughline-transition\"><input type=\"hidden\" name=\"to\" value=\"")
                        .append(target.name()).append("\"><button class=\"aui-button\" type=\"submit\" id=\"move-")
                        .append(target.name()).append("\">")
                        .append(text.html("throughline.preview.browse.move", target.name())).append("</button></form>");
            }
        }
        return bar.append("</div><p class=\"throughline-muted\">").append(text.html("throughline.preview.browse.workflow"))
                .append("</p></div>").toString();
    }

    private String messages(PreviewText text, Initiative initiative, Optional<Stage> moved, Optional<Stage> blocked) {
        StringBuilder box = new StringBuilder();
        moved.filter(s -> s == initiative.stage()).ifPresent(s -> box
                .append("<div class=\"aui-message aui-message-success\" id=\"workflow-moved\"><p>")
                .append(text.html("throughline.preview.browse.moved", s.name())).append("</p></div>"));
        blocked.ifPresent(target -> box.append(blockedMessage(text, initiative, target)));
        return box.toString();
    }

    /** Why a move is blocked, as the gate says now (the same answer the move got a moment ago). */
    private String blockedMessage(PreviewText text, Initiative initiative, Stage target) {
        Optional<Gate> gate = GateService.gateFor(initiative.stage(), target, host.app().defaults());
        if (gate.isEmpty()) {
            return "";
        }
        GateReport report = host.app().gates().evaluate(gate.get(), initiative);
        if (!(report.verdict() instanceof Verdict.Blocked refusal)) {
            return "";
        }
        StringBuilder message = new StringBuilder("<div class=\"aui-message aui-message-error\" id=\"workflow-blocked\"><p>")
                .append(text.html("throughline.preview.browse.blocked", target.name())).append("</p><ul>");
        for (Violation violation : refusal.violations()) {
            message.append("<li data-policy=\"").append(violation.policy().id()).append("\">")
                    .append(text.html(violation.message())).append("</li>");
        }
        return message.append("</ul></div>").toString();
    }

    /** Jira's details module: type, status, team and owner, then the app's three fields as typed. */
    private String details(PreviewText text, Initiative initiative) {
        String none = text.html("throughline.preview.issue.none");
        return "<section class=\"throughline-details\" id=\"details-module\"><h2>"
                + text.html("throughline.preview.issue.details") + "</h2><dl class=\"throughline-details-list\">"
                + item(text, "type", text.html("throughline.preview.issue.type.initiative"))
                + item(text, "status", "<span class=\"aui-lozenge aui-lozenge-subtle\" id=\"workflow-stage\">"
                        + Html.escape(initiative.stage().name()) + "</span>")
                + item(text, "team", Html.escape(initiative.team().name()))
                + item(text, "owner", initiative.owner().map(o -> Html.escape(host.directory().displayName(o))).orElse(none))
                + item(text, "metric", initiative.successMetric().map(Html::escape).orElse(none))
                + item(text, "horizon", initiative.evidenceHorizon()
                        .map(h -> "<time datetime=\"" + h.date() + "\">" + h.date() + "</time>").orElse(none))
                + "</dl></section>";
    }

    private static String item(PreviewText text, String field, String valueHtml) {
        return "<dt>" + text.html("throughline.preview.issue." + field) + "</dt><dd data-field=\"" + field + "\">"
                + valueHtml + "</dd>";
    }
}
