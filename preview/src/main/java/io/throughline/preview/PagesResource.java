package io.throughline.preview;

import io.throughline.confluence.web.Healths;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.gate.Gate;
import io.throughline.core.gate.GateAhead;
import io.throughline.core.gate.GateReport;
import io.throughline.core.gate.GateService;
import io.throughline.core.gate.Verdict;
import io.throughline.core.gate.Violation;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.portfolio.PortfolioRow;
import io.throughline.jira.web.panel.PanelRequest;
import io.throughline.web.view.GateWords;
import io.throughline.web.view.HealthLozenge;
import io.throughline.web.view.Html;
import io.throughline.web.view.ViewText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** The preview's pages: the portfolio, an initiative with its panel, and the preview-only workflow box. */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class PagesResource {

    private final PreviewHost host;

    PagesResource(PreviewHost host) {
        this.host = host;
    }

    @GET
    public String portfolio() {
        UserRef viewer = host.viewer();
        PreviewText text = host.text();
        List<Initiative> visible = host.initiatives().findAll().stream()
                .filter(i -> host.directory().canView(viewer, i.key())).toList();
        Map<InitiativeKey, Health> rollUps = new HashMap<>();
        for (PortfolioRow row : host.app().portfolio().dependencyStatus(viewer, Set.of()).rows()) {
            rollUps.merge(row.consumer().key(), row.status().health(), Health::worse);
        }
        Map<Stage, List<Initiative>> byStage = new EnumMap<>(Stage.class);
        visible.forEach(i -> byStage.computeIfAbsent(i.stage(), s -> new ArrayList<>()).add(i));
        StringBuilder body = new StringBuilder("<h1>").append(text.html("throughline.preview.portfolio.heading"))
                .append("</h1><p>").append(text.html("throughline.preview.portfolio.intro", name(viewer))).append("</p>");
        if (visible.isEmpty()) {
            body.append("<p>").append(text.html("throughline.preview.portfolio.empty")).append("</p>");
        }
        byStage.forEach((stage, initiatives) -> {
            body.append("<h2>").append(Html.escape(stage.name())).append("</h2><table class=\"aui\" data-stage=\"")
                    .append(stage.name()).append("\"><thead><tr><th>")
                    .append(text.html("throughline.preview.portfolio.key")).append("</th><th>")
                    .append(text.html("throughline.preview.portfolio.summary")).append("</th><th>")
                    .append(text.html("throughline.preview.portfolio.team")).append("</th><th>")
                    .append(text.html("throughline.preview.portfolio.gate")).append("</th><th>")
                    .append(text.html("throughline.preview.portfolio.dependencies")).append("</th></tr></thead><tbody>");
            for (Initiative initiative : initiatives) {
                body.append("<tr data-key=\"").append(Html.escape(initiative.key().value())).append("\"><td><a href=\"/browse/")
                        .append(Html.escape(initiative.key().value())).append("\">").append(Html.escape(initiative.key().value()))
                        .append("</a></td><td>").append(Html.escape(initiative.summary())).append("</td><td>")
                        .append(Html.escape(initiative.team().name())).append("</td><td>")
                        .append(gateCell(text, viewer, initiative)).append("</td><td>")
                        .append(healthCell(text, Optional.ofNullable(rollUps.get(initiative.key())))).append("</td></tr>");
            }
            body.append("</tbody></table>");
        });
        return host.shell().page(text, viewer, text.text("throughline.preview.nav.portfolio"), "/", body.toString());
    }

    @GET
    @Path("browse/{key}")
    public Response browse(@PathParam("key") String key, @QueryParam("moved") String moved,
                           @QueryParam("blocked") String blocked) {
        UserRef viewer = host.viewer();
        PreviewText text = host.text();
        String path = "/browse/" + key;
        if (!InitiativeKey.isValid(key)) {
            return notFound(text, viewer, key, path);
        }
        Initiative initiative;
        try {
            initiative = host.app().initiatives().get(viewer, InitiativeKey.parse(key));
        } catch (ThroughlineException.NotFound e) {
            return notFound(text, viewer, key, path);
        }
        String panel = host.panels().render(host.panelFactory().panel(new PanelRequest(viewer, initiative,
                host.app().defaults(), host.locale(), host.clock().today(), "")));
        String body = "<h1>" + Html.escape(initiative.key().value()) + " " + Html.escape(initiative.summary()) + "</h1>"
                + "<div class=\"throughline-columns\"><div>" + workflowBox(text, viewer, initiative, moved, blocked)
                + "</div><div class=\"throughline-preview-side\">" + panel + "</div></div>";
        return Response.ok(host.shell().page(text, viewer, initiative.key().value(), path, body)).build();
    }

    private String workflowBox(PreviewText text, UserRef viewer, Initiative initiative, String moved, String blocked) {
        StringBuilder box = new StringBuilder("<section class=\"throughline-workflow\" id=\"workflow\"><h2>")
                .append(text.html("throughline.preview.browse.workflow")).append("</h2><p id=\"workflow-stage\">")
                .append(text.html("throughline.preview.browse.stage", initiative.stage().name())).append("</p>");
        stage(moved).filter(s -> s == initiative.stage()).ifPresent(s -> box
                .append("<div class=\"aui-message aui-message-success\" id=\"workflow-moved\"><p>")
                .append(text.html("throughline.preview.browse.moved", s.name())).append("</p></div>"));
        stage(blocked).ifPresent(target -> box.append(blockedMessage(text, initiative, target)));
        Set<Stage> next = PreviewWorkflow.next(initiative.stage());
        if (next.isEmpty()) {
            box.append("<p>").append(text.html("throughline.preview.browse.final")).append("</p>");
        } else if (host.directory().canEdit(viewer, initiative.key())) {
            for (Stage target : next) {
                box.append("<form method=\"post\" action=\"/preview/initiatives/").append(Html.escape(initiative.key().value()))
                        .append("/transition\" class=\"aui throughline-transition\"><input type=\"hidden\" name=\"to\" value=\"")
                        .append(target.name()).append("\"><button class=\"aui-button\" type=\"submit\" id=\"move-")
                        .append(target.name()).append("\">").append(text.html("throughline.preview.browse.move", target.name()))
                        .append("</button></form> ");
            }
        }
        return box.append("</section>").toString();
    }

    /** Why a move is blocked, as the gate says now (the same answer the move got a moment ago). */
    private String blockedMessage(PreviewText text, Initiative initiative, Stage target) {
        Optional<Gate> gate = GateService.gateFor(initiative.stage(), target, host.app().defaults());
        if (gate.isEmpty()) {
            return "";
        }
        GateReport report = host.app().gates().evaluate(gate.get(), initiative);
        if (!(report.verdict() instanceof Verdict.Blocked blocked)) {
            return "";
        }
        StringBuilder message = new StringBuilder("<div class=\"aui-message aui-message-error\" id=\"workflow-blocked\"><p>")
                .append(text.html("throughline.preview.browse.blocked", target.name())).append("</p><ul>");
        for (Violation violation : blocked.violations()) {
            message.append("<li data-policy=\"").append(violation.policy().id()).append("\">")
                    .append(text.html(violation.message())).append("</li>");
        }
        return message.append("</ul></div>").toString();
    }

    /** The gates ahead of the stage, as the panel and the card show them: one lozenge per gate, named. */
    private String gateCell(PreviewText text, UserRef viewer, Initiative initiative) {
        List<GateAhead> ahead = host.app().gates().aheadOf(viewer, initiative, host.app().defaults());
        if (ahead.isEmpty()) {
            return text.html("throughline.preview.portfolio.no-gate");
        }
        StringBuilder cell = new StringBuilder();
        for (GateAhead judged : ahead) {
            GateReport report = judged.report();
            cell.append(cell.length() == 0 ? "" : " ").append("<span data-gate=\"").append(Html.escape(report.gate()))
                    .append("\" title=\"").append(text.html(GateWords.headingKey(report.gate()))).append("\">")
                    .append(report.verdict().fold(
                            () -> "<span class=\"aui-lozenge aui-lozenge-success\">"
                                    + text.html("throughline.preview.portfolio.ready") + "</span>",
                            violations -> "<span class=\"aui-lozenge aui-lozenge-removed\">"
                                    + text.html("throughline.preview.portfolio.missing", violations.size()) + "</span>"))
                    .append("</span>");
        }
        return cell.toString();
    }

    private String healthCell(PreviewText text, Optional<Health> health) {
        ViewText view = ViewText.forLocale(host.locale());
        return health.map(h -> "<span class=\"aui-lozenge " + HealthLozenge.cssClass(h) + "\">"
                        + Html.escape(Healths.name(view, h)) + "</span>")
                .orElseGet(() -> text.html("throughline.preview.portfolio.no-dependencies"));
    }

    private Response notFound(PreviewText text, UserRef viewer, String key, String path) {
        String body = "<div class=\"aui-message aui-message-warning\"><p>"
                + text.html("throughline.preview.browse.not-found", key, name(viewer)) + "</p></div>";
        return Response.status(Response.Status.NOT_FOUND)
                .entity(host.shell().page(text, viewer, key, path, body)).build();
    }

    private String name(UserRef viewer) {
        return host.directory().person(viewer.key()).map(PreviewDirectory.Person::name).orElse(viewer.key());
    }

    private static Optional<Stage> stage(String name) {
        try {
            return Optional.ofNullable(name).map(Stage::valueOf);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
