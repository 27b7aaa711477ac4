package io.throughline.preview;

import io.throughline.confluence.web.Healths;
import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.Stage;
import io.throughline.core.interaction.Interaction;
import io.throughline.core.portfolio.PortfolioStatus;
import io.throughline.core.stageview.StagePortfolio;
import io.throughline.jira.web.portfolio.PortfolioPage;
import io.throughline.jira.web.scorecard.ScorecardParams;
import io.throughline.web.view.HealthLozenge;
import io.throughline.web.view.Html;
import io.throughline.web.view.ViewText;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/** The preview's pages: the portfolio (the landing page), an initiative with its panel, and the preview-only workflow box. */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class PagesResource {

    private final PreviewHost host;
    private final IssuePage issues;

    PagesResource(PreviewHost host) {
        this.host = host;
        this.issues = new IssuePage(host);
    }

    /**
     * The portfolio by stage, as the Jira page under the Throughline menu shows it (filters in the
     * link, the CSV through the REST API, a wrong filter shown at the form with a 400), and below it
     * every pair of teams with dependencies between them and their way of working.
     */
    @GET
    public Response portfolio(@Context UriInfo uri) {
        UserRef viewer = host.viewer();
        ViewText text = ViewText.forLocale(host.locale());
        PortfolioPage page = new PortfolioPage(text, host.directory(), host.app().stagePortfolio().zone());
        ScorecardParams asked = PortfolioPage.params(name -> uri.getQueryParameters().get(name));
        PortfolioPage.Links links = new PortfolioPage.Links("/", PreviewServer.REST_PATH + "/portfolio/initiatives/csv",
                "/browse/");
        String body;
        Response.Status status = Response.Status.OK;
        try {
            StagePortfolio shown = host.app().stagePortfolio().page(viewer, asked.query(), asked.pageNumber());
            body = page.body(shown, asked, host.directory().teamsVisibleTo(viewer), links)
                    + teamPairs(host.text(), host.app().portfolio().dependencyStatus(viewer, Set.of()));
        } catch (ThroughlineException.InvalidInput refused) {
            status = Response.Status.BAD_REQUEST;
            body = page.refused(refused.errors().stream().map(error -> text.text(error.message())).toList(), asked,
                    host.directory().teamsVisibleTo(viewer), links);
        }
        return Response.status(status).entity(host.shell().page(host.text(), viewer, page.title(), "/", body))
                .header("Cache-Control", "no-store").build();
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

    private static Optional<Stage> stage(String name) {
        try {
            return Optional.ofNullable(name).map(Stage::valueOf);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
