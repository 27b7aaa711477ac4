package io.throughline.jira.web.portfolio;

import io.throughline.core.common.People;
import io.throughline.core.common.Team;
import io.throughline.core.gate.GateAhead;
import io.throughline.core.gate.GateReport;
import io.throughline.core.gate.Violation;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.Stage;
import io.throughline.core.scorecard.ScorecardLine;
import io.throughline.core.scorecard.ScorecardQuery;
import io.throughline.core.signal.Signal;
import io.throughline.core.stageview.StagePortfolio;
import io.throughline.core.stageview.StageRow;
import io.throughline.core.stageview.StageSection;
import io.throughline.core.trace.DeliveryRollUp;
import io.throughline.jira.web.scorecard.ScorecardPage;
import io.throughline.jira.web.scorecard.ScorecardParams;
import io.throughline.web.view.GateWords;
import io.throughline.web.view.HealthLozenge;
import io.throughline.web.view.Html;
import io.throughline.web.view.ViewText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The portfolio page, the same in Jira and in the preview: the initiatives by stage in lifecycle
 * order, each stage with its count and the gate ahead of it, each row with its owner, dependency
 * health, signals, delivery roll-up and whether it is ready for the gate ahead (what is missing in a
 * list under the verdict). The filters are a plain GET form (the link is the view), as on the
 * scorecard, whose parameters and refusals it shares; the CSV link carries the same query.
 */
public final class PortfolioPage {

    /** The orders the page offers; any other the scorecard knows still applies when a link names it. */
    static final List<ScorecardQuery.Sort> SORTS = List.of(ScorecardQuery.Sort.KEY, ScorecardQuery.Sort.TEAM,
            ScorecardQuery.Sort.HEALTH, ScorecardQuery.Sort.DEPENDENCIES, ScorecardQuery.Sort.SIGNALS,
            ScorecardQuery.Sort.HORIZON);
    private static final DateTimeFormatter COMPUTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ViewText text;
    private final People people;
    private final ZoneId zone;

    public PortfolioPage(ViewText text, People people, ZoneId zone) {
        this.text = text;
        this.people = people;
        this.zone = zone;
    }

    /** Where the page's form is sent, where its CSV is, and the prefix of an issue's page (the key is added). */
    public record Links(String page, String csv, String browse) {
    }

    /** The portfolio's parameters from a request: the scorecard's filters, order and page, never a past day. */
    public static ScorecardParams params(java.util.function.Function<String, List<String>> values) {
        ScorecardParams all = ScorecardParams.from(values);
        return new ScorecardParams(null, all.teams(), all.stages(), all.owner(), all.health(), all.signal(), all.sort(),
                all.order(), null, all.page());
    }

    /** From a servlet's parameter map. */
    public static ScorecardParams params(java.util.Map<String, String[]> parameters) {
        return params(name -> Optional.ofNullable(parameters.get(name)).map(List::of).orElse(List.of()));
    }

    public String title() {
        return text.text("throughline.web.portfolio.title");
    }

    /** @param known the teams the viewer may know about, for the team filter */
    public String body(StagePortfolio portfolio, ScorecardParams asked, Collection<Team> known, Links links) {
        StringBuilder html = new StringBuilder(8192 + portfolio.rows().size() * 1200);
        html.append(heading()).append("<p class=\"throughline-portfolio-intro\">")
                .append(text.html("throughline.web.portfolio.intro")).append("</p>");
        portfolio.oldestComputedAt().ifPresent(at -> html.append("<p class=\"throughline-portfolio-computed\">")
                .append(text.html("throughline.web.portfolio.computed", COMPUTED.format(at.atZone(zone)), zone.getId()))
                .append("</p>"));
        html.append(PortfolioFilters.form(text, asked, known, links));
        if (portfolio.total() == 0) {
            html.append("<p class=\"throughline-portfolio-empty\" id=\"portfolio-empty\">")
                    .append(text.html("throughline.web.scorecard.empty")).append("</p>");
        }
        for (StageSection section : portfolio.sections()) {
            html.append(section(section, links));
        }
        if (portfolio.total() > 0) {
            html.append(paging(portfolio, asked, links));
        }
        return html.append("</section>").toString();
    }

    /** The page for a query that was refused: the form as typed, with the problems at the top. */
    public String refused(List<String> problems, ScorecardParams asked, Collection<Team> known, Links links) {
        StringBuilder html = new StringBuilder(4096).append(heading())
                .append("<div class=\"aui-message aui-message-error\" id=\"portfolio-errors\" role=\"alert\"><ul>");
        problems.forEach(problem -> html.append("<li>").append(Html.escape(problem)).append("</li>"));
        html.append("</ul></div>").append(PortfolioFilters.form(text, asked, known, links));
        return html.append("</section>").toString();
    }

    private String heading() {
        return "<section class=\"throughline-portfolio\" id=\"throughline-portfolio\"><h1>"
                + text.html("throughline.web.portfolio.title") + "</h1>";
    }

    private String section(StageSection section, Links links) {
        String stage = section.stage().name();
        StringBuilder html = new StringBuilder(2048 + section.rows().size() * 1200);
        html.append("<h2 id=\"portfolio-stage-").append(stage).append("\" data-stage-heading=\"").append(stage)
                .append("\">").append(text.html("throughline.web.portfolio.section",
                        text.text("throughline.web.stage." + stage), section.count())).append("</h2>");
        if (!section.gatesAhead().isEmpty()) {
            html.append("<p class=\"throughline-portfolio-gate-ahead\" data-gates=\"")
                    .append(Html.escape(String.join(" ", section.gatesAhead()))).append("\">")
                    .append(text.html("throughline.web.portfolio.gate-ahead", gateNames(text, section.gatesAhead())))
                    .append("</p>");
        }
        if (section.rows().size() < section.count()) {
            html.append("<p class=\"throughline-portfolio-on-page\">")
                    .append(text.html("throughline.web.portfolio.section.on-page", section.rows().size())).append("</p>");
        }
        html.append("<table class=\"aui throughline-portfolio-stage\" data-stage=\"").append(stage)
                .append("\" aria-labelledby=\"portfolio-stage-").append(stage).append("\"><thead><tr>");
        for (String heading : List.of("throughline.web.scorecard.column.key", "throughline.web.scorecard.column.summary",
                "throughline.web.scorecard.column.team", "throughline.web.scorecard.column.owner",
                "throughline.web.portfolio.column.health", "throughline.web.scorecard.column.signals",
                "throughline.web.portfolio.column.gate", "throughline.web.portfolio.column.delivery")) {
            html.append("<th scope=\"col\">").append(text.html(heading)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (StageRow row : section.rows()) {
            html.append(row(row, links));
        }
        return html.append("</tbody></table>").toString();
    }

    private String row(StageRow row, Links links) {
        ScorecardLine line = row.row().line();
        String key = line.initiative().value();
        StringBuilder html = new StringBuilder(1200);
        html.append("<tr data-key=\"").append(Html.escape(key)).append("\"><td data-column=\"key\"><a href=\"")
                .append(Html.escape(links.browse() + key)).append("\">").append(Html.escape(key)).append("</a></td>")
                .append("<td data-column=\"summary\">").append(Html.escape(row.row().summary())).append("</td>")
                .append("<td data-column=\"team\">").append(Html.escape(line.team().name())).append("</td>")
                .append("<td data-column=\"owner\">")
                .append(Html.escape(row.row().owner().map(people::displayName).orElse(""))).append("</td>")
                .append("<td data-column=\"health\">").append(health(row.health())).append("</td>")
                .append("<td data-column=\"signals\">").append(ScorecardPage.signals(text, line.signals())).append("</td>")
                .append("<td data-column=\"gate\">");
        for (GateAhead judged : row.gates()) {
            html.append(gate(judged, row.gates().size() > 1));
        }
        html.append("</td>").append(delivery(row.delivery()));
        return html.append("</tr>").toString();
    }

    private String health(Optional<Health> health) {
        return health.map(h -> "<span class=\"aui-lozenge " + HealthLozenge.cssClass(h) + "\" data-health=\"" + h.name()
                + "\">" + text.html("throughline.web.health." + h.name()) + "</span>")
                .orElseGet(() -> "<span class=\"throughline-muted\">" + text.html("throughline.web.portfolio.no-health")
                        + "</span>");
    }

    /** Ready, or how many checks fail with what is missing under it; its title says the same in one line. */
    private String gate(GateAhead judged, boolean named) {
        GateReport report = judged.report();
        long failing = report.results().stream().filter(result -> !result.satisfied()).count();
        List<String> reasons = report.verdict().fold(List::<String>of,
                violations -> violations.stream().map(Violation::message).map(text::text).toList());
        String verdict = failing == 0 ? text.text(GateWords.passedKey(report.gate()))
                : text.text(GateWords.blockedKey(report.gate()), failing);
        StringBuilder title = new StringBuilder(text.text(GateWords.headingKey(report.gate()))).append(' ').append(verdict);
        reasons.forEach(reason -> title.append(' ').append(reason));
        if (judged.onDefaults()) {
            title.append(' ').append(text.text("throughline.web.portfolio.on-defaults"));
        }
        StringBuilder html = new StringBuilder(512);
        html.append("<div class=\"throughline-portfolio-gate\" data-gate=\"").append(Html.escape(report.gate()))
                .append("\" data-missing=\"").append(failing).append("\" title=\"").append(Html.escape(title.toString()))
                .append("\">");
        if (named) {
            html.append("<span class=\"throughline-portfolio-gate-name\">")
                    .append(Html.escape(gateName(text, report.gate()))).append("</span> ");
        }
        if (failing == 0) {
            return html.append("<span class=\"aui-lozenge aui-lozenge-success\">")
                    .append(text.html("throughline.web.portfolio.ready")).append("</span></div>").toString();
        }
        html.append("<details class=\"throughline-portfolio-missing\"><summary><span class=\"aui-lozenge aui-lozenge-removed\">")
                .append(text.html("throughline.web.portfolio.missing", failing)).append("</span></summary><ul>");
        reasons.forEach(reason -> html.append("<li>").append(Html.escape(reason)).append("</li>"));
        return html.append("</ul></details></div>").toString();
    }

    private String delivery(Optional<DeliveryRollUp> rollUp) {
        Optional<Integer> percent = rollUp.flatMap(r -> r.progress().percentDone());
        if (percent.isEmpty()) {
            return "<td data-column=\"delivery\" data-delivery=\"none\">"
                    + text.html("throughline.web.portfolio.delivery.none") + "</td>";
        }
        DeliveryRollUp stored = rollUp.get();
        return "<td data-column=\"delivery\" data-delivery=\"" + percent.get() + "\" title=\""
                + text.html("throughline.web.portfolio.delivery.computed",
                        COMPUTED.format(stored.computedAt().atZone(zone)) + " (" + zone.getId() + ")")
                + "\">" + text.html("throughline.web.portfolio.delivery.cell", percent.get(), stored.progress().done(),
                        stored.progress().items()) + "</td>";
    }

    private String paging(StagePortfolio portfolio, ScorecardParams asked, Links links) {
        StringBuilder html = new StringBuilder(512).append("<p class=\"throughline-portfolio-paging\" id=\"portfolio-paging\">")
                .append(text.html("throughline.web.scorecard.paging", portfolio.first(), portfolio.last(),
                        portfolio.total()));
        if (portfolio.page() > 1) {
            html.append(" <a id=\"portfolio-previous\" href=\"").append(Html.escape(links.page() + "?"
                    + asked.queryString(Optional.of(portfolio.page() - 1)))).append("\">")
                    .append(text.html("throughline.web.scorecard.previous")).append("</a>");
        }
        if (portfolio.page() < portfolio.pages()) {
            html.append(" <a id=\"portfolio-next\" href=\"").append(Html.escape(links.page() + "?"
                    + asked.queryString(Optional.of(portfolio.page() + 1)))).append("\">")
                    .append(text.html("throughline.web.scorecard.next")).append("</a>");
        }
        return html.append("</p>").toString();
    }

    /** The gates ahead in words: "commit gate", or "validation gate, or else invalidation gate". */
    static String gateNames(ViewText text, List<String> gates) {
        List<String> names = gates.stream().map(gate -> gateName(text, gate)).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return text.text("throughline.web.portfolio.gates.alternative", names.get(0),
                names.subList(1, names.size()).stream().collect(Collectors.joining(", ")));
    }

    static String gateName(ViewText text, String gate) {
        return switch (gate) {
            case "commit" -> text.text("throughline.web.portfolio.gate-name.commit");
            case "outcome" -> text.text("throughline.web.portfolio.gate-name.outcome");
            case "invalidation" -> text.text("throughline.web.portfolio.gate-name.invalidation");
            default -> text.text("throughline.web.portfolio.gate-name.other", gate);
        };
    }

    /** The stages, healths and signals a filter offers, in their order (for the form). */
    static List<String[]> options(ViewText text, String kind) {
        return switch (kind) {
            case ScorecardQuery.STAGE -> Arrays.stream(Stage.values())
                    .map(s -> new String[]{s.name(), text.text("throughline.web.stage." + s.name())}).toList();
            case ScorecardQuery.HEALTH -> Arrays.stream(Health.values())
                    .map(h -> new String[]{h.name(), text.text("throughline.web.health." + h.name())}).toList();
            default -> Arrays.stream(Signal.values())
                    .map(s -> new String[]{s.name(), text.text("throughline.web.signal.name." + s.name())}).toList();
        };
    }
}
