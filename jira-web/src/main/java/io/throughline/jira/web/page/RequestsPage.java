package io.throughline.jira.web.page;

import io.throughline.core.common.Clock;
import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyChange;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.graph.HealthReason;
import io.throughline.core.portfolio.PortfolioService;
import io.throughline.jira.web.json.Ages;
import io.throughline.web.view.HealthLozenge;
import io.throughline.web.view.Html;
import io.throughline.web.view.ViewText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * "Requests to my team", the providing team's queue, as AUI markup for Jira's page and the
 * preview's: a picker of the teams the viewer answers for, then what that team is asked, the
 * requests waiting for an answer first and the commitments after them, each by needed-by (the
 * order {@link PortfolioService#requestsOf} gives). Every row carries the provider's answers; the
 * script ({@code throughline-requests.js}) sends them as JSON to the dependency endpoints and reloads.
 * Without it the page reads the same. Every value is escaped.
 */
public final class RequestsPage {

    /** The query parameter naming the team to show. */
    public static final String TEAM_PARAMETER = "team";

    private final ViewText text;
    private final PortfolioService portfolio;
    private final Clock clock;

    public RequestsPage(ViewText text, PortfolioService portfolio, Clock clock) {
        this.text = text;
        this.portfolio = portfolio;
        this.clock = clock;
    }

    /**
     * Where the page's links and calls go, as the browser reaches them: the page itself (the team
     * picker submits to it), the app's REST root and the prefix of an issue's address.
     */
    public record Links(String pagePath, String restBase, String browseBase) {
    }

    public String title() {
        return text.text("throughline.web.requests.title");
    }

    /** The page for {@code viewer}; {@code askedTeam} is the picker's choice (null: the first team they answer for). */
    public String body(UserRef viewer, String askedTeam, Links links) {
        SortedSet<Team> teams = portfolio.teamsActedFor(viewer);
        StringBuilder html = new StringBuilder(8192)
                .append("<section class=\"throughline-requests\" id=\"throughline-requests\" data-throughline-requests data-rest-base=\"")
                .append(Html.escape(links.restBase())).append("\" data-error-generic=\"")
                .append(text.html("throughline.web.requests.error.generic")).append("\"><h1>")
                .append(text.html("throughline.web.requests.title")).append("</h1><p>")
                .append(text.html("throughline.web.requests.intro")).append("</p>");
        if (teams.isEmpty()) {
            return html.append("<p class=\"throughline-missing\" id=\"requests-no-team\">")
                    .append(text.html("throughline.web.requests.no-team")).append("</p></section>").toString();
        }
        boolean asked = askedTeam != null && !askedTeam.isBlank();
        Optional<Team> shown = asked ? TeamDirectory.match(teams, askedTeam) : Optional.of(teams.first());
        html.append(picker(teams, shown, links.pagePath()));
        List<PortfolioService.TeamRequest> requests;
        try {
            requests = portfolio.requestsOf(viewer, shown.map(Team::name).orElse(askedTeam));
        } catch (ThroughlineException.NotFound | ThroughlineException.Forbidden refused) {
            return html.append("<div class=\"aui-message aui-message-warning\" id=\"requests-refused\" role=\"alert\"><p>")
                    .append(text.html(refused.problem())).append("</p></div></section>").toString();
        }
        String team = shown.map(Team::name).orElseGet(() -> askedTeam.strip());
        html.append("<div class=\"aui-message aui-message-error hidden\" id=\"requests-errors\" role=\"alert\"><ul></ul></div>");
        Ages ages = new Ages(clock.today(), clock.zone());
        html.append(section(new Part("requests-waiting", "throughline.web.requests.waiting.heading",
                "throughline.web.requests.waiting.none"), team, requests.stream()
                .filter(r -> r.status().dependency().state() == DependencyState.REQUESTED).toList(), ages, links));
        html.append(section(new Part("requests-committed", "throughline.web.requests.committed.heading",
                "throughline.web.requests.committed.none"), team, requests.stream()
                .filter(r -> r.status().dependency().state() == DependencyState.COMMITTED).toList(), ages, links));
        return html.append("</section>").toString();
    }

    private String picker(SortedSet<Team> teams, Optional<Team> shown, String pagePath) {
        StringBuilder html = new StringBuilder("<form class=\"aui throughline-requests-team\" method=\"get\" action=\"")
                .append(Html.escape(pagePath)).append("\" id=\"requests-team-form\"><label for=\"requests-team\">")
                .append(text.html("throughline.web.requests.team")).append("</label> ")
                .append("<select class=\"select\" id=\"requests-team\" name=\"").append(TEAM_PARAMETER).append("\">");
        for (Team team : teams) {
            html.append("<option value=\"").append(Html.escape(team.name()))
                    .append(shown.filter(team::equals).isPresent() ? "\" selected>" : "\">")
                    .append(Html.escape(team.name())).append("</option>");
        }
        return html.append("</select> <button type=\"submit\" class=\"aui-button\" id=\"requests-team-show\">")
                .append(text.html("throughline.web.requests.show")).append("</button></form>").toString();
    }

    /** A part of the queue: the id of its table, its heading and what it says when empty. */
    private record Part(String id, String headingKey, String noneKey) {
    }

    /** One part of the queue: a heading, then its table or what it is without one. */
    private String section(Part part, String team, List<PortfolioService.TeamRequest> rows, Ages ages, Links links) {
        String id = part.id();
        StringBuilder html = new StringBuilder("<h2 id=\"").append(id).append("-title\">")
                .append(text.html(part.headingKey(), rows.size())).append("</h2>");
        if (rows.isEmpty()) {
            return html.append("<p class=\"throughline-missing\" id=\"").append(id).append("-none\">")
                    .append(text.html(part.noneKey(), team)).append("</p>").toString();
        }
        html.append("<table class=\"aui throughline-requests-table\" id=\"").append(id)
                .append("\" aria-labelledby=\"").append(id).append("-title\"><thead><tr><th scope=\"col\">")
                .append(text.html("throughline.web.requests.column.consumer")).append("</th><th scope=\"col\">")
                .append(text.html("throughline.web.requests.column.description")).append("</th><th scope=\"col\">")
                .append(text.html("throughline.web.requests.column.needed-by")).append("</th><th scope=\"col\">")
                .append(text.html("throughline.web.requests.column.health")).append("</th><th scope=\"col\">")
                .append(text.html("throughline.web.requests.column.age")).append("</th><th scope=\"col\">")
                .append(text.html("throughline.web.requests.column.answer")).append("</th></tr></thead><tbody>");
        for (PortfolioService.TeamRequest row : rows) {
            html.append(row(row, ages, links));
        }
        return html.append("</tbody></table>").toString();
    }

    private String row(PortfolioService.TeamRequest request, Ages ages, Links links) {
        DependencyStatus status = request.status();
        Dependency dependency = status.dependency();
        String key = Html.escape(dependency.consumer().value());
        StringBuilder html = new StringBuilder(2048).append("<tr class=\"throughline-request\" data-dependency-id=\"")
                .append(dependency.id().value()).append("\" data-state=\"").append(dependency.state().name())
                .append("\" data-consumer=\"").append(key).append("\"><td><a class=\"throughline-request-consumer\" href=\"")
                .append(Html.escape(links.browseBase())).append(key).append("\">").append(key).append("</a> ")
                .append(Html.escape(request.consumerSummary())).append("<div class=\"throughline-muted\">")
                .append(text.html("throughline.web.requests.consumer-team", request.consumerTeam().name()))
                .append("</div></td><td class=\"throughline-request-description\">")
                .append(Html.escape(dependency.description())).append("</td><td><time datetime=\"")
                .append(dependency.neededBy()).append("\">").append(dependency.neededBy()).append("</time>");
        dependency.committedDate().ifPresent(date -> html.append("<div class=\"throughline-request-committed\">")
                .append(text.html("throughline.web.requests.committed-for", date.toString())).append("</div>"));
        html.append("</td><td><span class=\"aui-lozenge ").append(HealthLozenge.cssClass(status.health()))
                .append("\">").append(text.html("throughline.web.health." + status.health().name())).append("</span>");
        if (!status.reasons().isEmpty()) {
            html.append("<ul class=\"throughline-reasons\" aria-label=\"")
                    .append(text.html("throughline.web.dependency.reasons")).append("\">");
            for (HealthReason reason : status.reasons()) {
                html.append("<li>").append(text.html(reason.describe(dependency))).append("</li>");
            }
            html.append("</ul>");
        }
        return html.append("</td><td>").append(text.html("throughline.web.requests.age",
                        ages.daysSince(dependency.requestedAt()))).append("</td><td class=\"throughline-request-answers\">")
                .append(answers(dependency)).append("</td></tr>").toString();
    }

    /** The provider's answers from the row's state: commit or decline a request, move or deliver a commitment. */
    private String answers(Dependency dependency) {
        long id = dependency.id().value();
        LocalDate today = clock.today();
        if (dependency.state() == DependencyState.REQUESTED) {
            LocalDate proposed = dependency.neededBy().isBefore(today) ? today : dependency.neededBy();
            return answer("commit", id, dateField("throughline.web.dependency.action.commit-date", today, proposed),
                    "throughline.web.dependency.action.commit", true, false)
                    + answer("decline", id, reasonField("throughline.web.dependency.action.decline-reason"),
                    "throughline.web.dependency.action.decline", false, false);
        }
        LocalDate committed = dependency.committedDate().orElse(today);
        return answer("revise", id, dateField("throughline.web.dependency.action.revise-date", today,
                        committed.isBefore(today) ? today : committed)
                        + reasonField("throughline.web.dependency.action.revise-reason"),
                "throughline.web.dependency.action.revise", false, false)
                + answer("deliver", id, "", "throughline.web.dependency.action.deliver", false, true);
    }

    /** One answer: its fields and its button; {@code confirm}: delivery cannot be undone, so the script asks first. */
    private String answer(String action, long id, String fields, String buttonKey, boolean primary, boolean confirm) {
        return "<div class=\"throughline-request-answer\" data-answer=\"" + action + "\">" + fields
                + "<button type=\"button\" class=\"" + (primary ? "aui-button aui-button-primary" : "aui-button")
                + "\" data-throughline-request-action=\"" + action + "\" data-dependency-id=\"" + id
                + (confirm ? "\" data-confirm=\"" + text.html("throughline.web.dependency.confirm.deliver") : "")
                + "\">" + text.html(buttonKey) + "</button></div>";
    }

    private String dateField(String labelKey, LocalDate min, LocalDate value) {
        return "<label>" + text.html(labelKey) + " <input class=\"text medium-field\" type=\"date\" name=\"committedDate\" min=\""
                + min + "\" value=\"" + value + "\" required></label> ";
    }

    private String reasonField(String labelKey) {
        return "<label>" + text.html(labelKey) + " <input class=\"text\" type=\"text\" name=\"reason\" maxlength=\""
                + DependencyChange.MAX_REASON + "\"></label> ";
    }
}
