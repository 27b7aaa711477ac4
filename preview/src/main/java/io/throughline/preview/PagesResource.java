package io.throughline.preview;

import io.throughline.confluence.web.Healths;
import io.throughline.core.common.Message;
import io.throughline.core.common.UserRef;
import io.throughline.core.gate.GateAhead;
import io.throughline.core.gate.GateReport;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.interaction.Interaction;
import io.throughline.core.portfolio.PortfolioRow;
import io.throughline.core.portfolio.PortfolioStatus;
import io.throughline.core.trace.DeliveryRollUp;
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
    private final IssuePage issues;

    PagesResource(PreviewHost host) {
        this.host = host;
        this.issues = new IssuePage(host);
    }

    @GET
    public String portfolio() {
        UserRef viewer = host.viewer();
        PreviewText text = host.text();
        List<Initiative> visible = host.initiatives().findAll().stream()
                .filter(i -> host.directory().canView(viewer, i.key())).toList();
        Map<InitiativeKey, Health> rollUps = new HashMap<>();
        PortfolioStatus dependencies = host.app().portfolio().dependencyStatus(viewer, Set.of());
        for (PortfolioRow row : dependencies.rows()) {
            rollUps.merge(row.consumer().key(), row.status().health(), Health::worse);
        }
        Map<InitiativeKey, DeliveryRollUp> delivery = new HashMap<>();
        host.app().rollUps().portfolio(viewer, Set.of()).initiatives()
                .forEach(rollUp -> delivery.put(rollUp.initiative(), rollUp));
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
                    .append(text.html("throughline.preview.portfolio.dependencies")).append("</th><th>")
                    .append(text.html("throughline.preview.portfolio.delivery")).append("</th></tr></thead><tbody>");
            for (Initiative initiative : initiatives) {
                body.append("<tr data-key=\"").append(Html.escape(initiative.key().value())).append("\"><td><a href=\"/browse/")
                        .append(Html.escape(initiative.key().value())).append("\">").append(Html.escape(initiative.key().value()))
                        .append("</a></td><td>").append(Html.escape(initiative.summary())).append("</td><td>")
                        .append(Html.escape(initiative.team().name())).append("</td><td>")
                        .append(gateCell(text, viewer, initiative)).append("</td><td>")
                        .append(healthCell(text, Optional.ofNullable(rollUps.get(initiative.key())))).append("</td>")
                        .append(deliveryCell(text, Optional.ofNullable(delivery.get(initiative.key())))).append("</tr>");
            }
            body.append("</tbody></table>");
        });
        body.append(teamPairs(text, dependencies));
        return host.shell().page(text, viewer, text.text("throughline.preview.nav.portfolio"), "/", body.toString());
    }

    @GET
    @Path("browse/{key}")
    public Response browse(@PathParam("key") String key, @QueryParam("moved") String moved,
                           @QueryParam("blocked") String blocked) {
        return issues.render(key, stage(moved), stage(blocked), "", Response.Status.OK);
    }

    /** Browsers ask every site for this; the app's mark answers. */
    @GET
    @Path("favicon.ico")
    public Response favicon() {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(java.net.URI.create(StaticResource.ICON)).build();
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

    /**
     * Every pair of teams with dependencies between them: the worst health, how many, and the pair's
     * way of working, or why it has none (the same words as the panel's and the REST reply's).
     */
    private String teamPairs(PreviewText text, PortfolioStatus status) {
        if (status.matrix().cells().isEmpty()) {
            return "";
        }
        ViewText view = ViewText.forLocale(host.locale());
        StringBuilder html = new StringBuilder("<h2>").append(text.html("throughline.preview.pairs.heading"))
                .append("</h2><table class=\"aui\" id=\"team-pairs\"><thead><tr><th>")
                .append(text.html("throughline.preview.pairs.consumer")).append("</th><th>")
                .append(text.html("throughline.preview.pairs.provider")).append("</th><th>")
                .append(text.html("throughline.preview.pairs.health")).append("</th><th>")
                .append(text.html("throughline.preview.pairs.mode")).append("</th></tr></thead><tbody>");
        status.matrix().cells().forEach((pair, tally) -> {
            Optional<Interaction> interaction = status.matrix().interaction(pair.consumer(), pair.provider());
            html.append("<tr data-consumer=\"").append(Html.escape(pair.consumer().name())).append("\" data-provider=\"")
                    .append(Html.escape(pair.provider().name())).append("\" data-mode=\"")
                    .append(interaction.map(i -> i.mode().name()).orElse("")).append("\"><td>")
                    .append(Html.escape(pair.consumer().name())).append("</td><td>")
                    .append(Html.escape(pair.provider().name())).append("</td><td>")
                    .append(healthCell(text, tally.worst())).append(' ')
                    .append(text.html("throughline.preview.pairs.count", tally.total())).append("</td><td>");
            if (interaction.isPresent()) {
                html.append(view.html("throughline.web.interaction.with-sla",
                        view.text("throughline.web.interaction.mode." + interaction.get().mode().name()),
                        interaction.get().ackSlaDays()));
            } else if (!pair.consumer().equals(pair.provider())) {
                html.append("<span class=\"aui-lozenge aui-lozenge-subtle\">")
                        .append(view.html("throughline.web.macro.matrix.no-interaction")).append("</span> ")
                        .append("<span class=\"throughline-no-interaction\">").append(view.html(Message.of(
                                "throughline.interaction.none", pair.consumer().name(), pair.provider().name())))
                        .append("</span>");
            }
            html.append("</td></tr>");
        });
        return html.append("</tbody></table>").toString();
    }

    private String healthCell(PreviewText text, Optional<Health> health) {
        ViewText view = ViewText.forLocale(host.locale());
        return health.map(h -> "<span class=\"aui-lozenge " + HealthLozenge.cssClass(h) + "\">"
                        + Html.escape(Healths.name(view, h)) + "</span>")
                .orElseGet(() -> text.html("throughline.preview.portfolio.no-dependencies"));
    }

    /** The stored roll-up, as the portfolio in Jira will show it: the share done, and when it was computed. */
    private static String deliveryCell(PreviewText text, Optional<DeliveryRollUp> rollUp) {
        Optional<Integer> percent = rollUp.flatMap(r -> r.progress().percentDone());
        if (percent.isEmpty()) {
            return "<td data-delivery=\"none\">" + text.html("throughline.preview.portfolio.delivery.none") + "</td>";
        }
        DeliveryRollUp stored = rollUp.get();
        return "<td data-delivery=\"" + percent.get() + "\" title=\""
                + text.html("throughline.preview.portfolio.delivery.computed", stored.computedAt().toString())
                + "\">" + text.html("throughline.preview.portfolio.delivery.cell", percent.get(),
                        stored.progress().done(), stored.progress().items()) + "</td>";
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
