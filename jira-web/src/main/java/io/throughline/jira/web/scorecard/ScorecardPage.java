package io.throughline.jira.web.scorecard;

import io.throughline.core.common.People;
import io.throughline.core.common.Team;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.Stage;
import io.throughline.core.scorecard.Scorecard;
import io.throughline.core.scorecard.ScorecardLine;
import io.throughline.core.scorecard.ScorecardQuery;
import io.throughline.core.scorecard.ScorecardRow;
import io.throughline.core.scorecard.TeamSummary;
import io.throughline.core.scorecard.Trend;
import io.throughline.core.signal.Signal;
import io.throughline.core.signal.SignalVerdict;
import io.throughline.web.view.HealthLozenge;
import io.throughline.web.view.Html;
import io.throughline.web.view.Sparkline;
import io.throughline.web.view.ViewText;
import io.throughline.web.view.WeeklySeries;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The scorecard page, the same in Jira and in the preview: the filters as a plain GET form (no script
 * needed, so the page works as a link), a row per initiative with each figure's trend, the team rows
 * with their weekly series, and a link to the CSV of exactly this view. Every chart is an inline SVG
 * with a title, and its values are also in a table a screen reader or a PDF export reads.
 */
public final class ScorecardPage {

    public static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter COMPUTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ViewText text;
    private final People people;
    private final ZoneId zone;

    public ScorecardPage(ViewText text, People people, ZoneId zone) {
        this.text = text;
        this.people = people;
        this.zone = zone;
    }

    public String title() {
        return text.text("throughline.web.scorecard.title");
    }

    /**
     * @param known      the teams the viewer may know about, for the team filter
     * @param pagePath   where the form is sent (this page)
     * @param csvPath    the CSV export of the same query
     * @param browseBase the prefix of an issue's page, to which the key is added
     */
    public String body(Scorecard card, ScorecardParams asked, Collection<Team> known, String pagePath, String csvPath,
                       String browseBase) {
        StringBuilder html = new StringBuilder(8192 + card.rows().size() * 1500);
        html.append("<section class=\"throughline-scorecard\" id=\"throughline-scorecard\">")
                .append("<h1>").append(text.html("throughline.web.scorecard.title")).append("</h1>")
                .append("<p class=\"throughline-scorecard-asof\">")
                .append(text.html("throughline.web.scorecard.as-of", card.asOf().toString(), card.comparedWith().toString()));
        card.oldestComputedAt().ifPresent(at -> html.append(' ').append(text.html("throughline.web.scorecard.computed",
                COMPUTED.format(at.atZone(zone)), zone.getId())));
        html.append("</p>");
        html.append(filters(asked, known, pagePath, csvPath));
        html.append(rows(card, asked, pagePath, browseBase));
        html.append(teams(card));
        return html.append("</section>").toString();
    }

    /** The page for a query that was refused: the form as typed, with the problems at the top. */
    public String refused(List<String> problems, ScorecardParams asked, Collection<Team> known, String pagePath,
                          String csvPath) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<section class=\"throughline-scorecard\" id=\"throughline-scorecard\">")
                .append("<h1>").append(text.html("throughline.web.scorecard.title")).append("</h1>")
                .append("<div class=\"aui-message aui-message-error\" id=\"scorecard-errors\" role=\"alert\"><ul>");
        problems.forEach(problem -> html.append("<li>").append(Html.escape(problem)).append("</li>"));
        html.append("</ul></div>").append(filters(asked, known, pagePath, csvPath));
        return html.append("</section>").toString();
    }

    private String filters(ScorecardParams asked, Collection<Team> known, String pagePath, String csvPath) {
        StringBuilder form = new StringBuilder(4096);
        form.append("<form class=\"aui throughline-scorecard-filters\" id=\"scorecard-filters\" method=\"get\" action=\"")
                .append(Html.escape(pagePath)).append("\">");
        form.append("<div class=\"field-group\"><label for=\"scorecard-as-of\">")
                .append(text.html("throughline.web.scorecard.filter.as-of")).append("</label>")
                .append("<input class=\"text short-field\" type=\"date\" id=\"scorecard-as-of\" name=\"asOf\" value=\"")
                .append(Html.escape(asked.asOf())).append("\"></div>");
        form.append(select("team", ScorecardQuery.TEAM, asked.teams().stream().findFirst().orElse(""),
                known.stream().map(team -> new String[]{team.name(), team.name()}).toList()));
        form.append(select("stage", ScorecardQuery.STAGE, asked.stages().stream().findFirst().orElse(""),
                java.util.Arrays.stream(Stage.values())
                        .map(s -> new String[]{s.name(), text.text("throughline.web.stage." + s.name())}).toList()));
        form.append("<div class=\"field-group\"><label for=\"scorecard-owner\">")
                .append(text.html("throughline.web.scorecard.filter.owner")).append("</label>")
                .append("<input class=\"text medium-field\" type=\"text\" id=\"scorecard-owner\" name=\"owner\" value=\"")
                .append(Html.escape(asked.owner())).append("\"></div>");
        form.append(select("health", ScorecardQuery.HEALTH, asked.health(), java.util.Arrays.stream(Health.values())
                .map(h -> new String[]{h.name(), text.text("throughline.web.health." + h.name())}).toList()));
        form.append(select("signal", ScorecardQuery.SIGNAL, asked.signal(), java.util.Arrays.stream(Signal.values())
                .map(s -> new String[]{s.name(), text.text("throughline.web.signal.name." + s.name())}).toList()));
        form.append(select("sort", ScorecardQuery.SORT, asked.sort(), java.util.Arrays.stream(ScorecardQuery.Sort.values())
                .map(s -> new String[]{s.name(), text.text("throughline.web.scorecard.sort." + s.name())}).toList()));
        form.append(select("order", ScorecardQuery.ORDER, asked.order(), List.of(
                new String[]{"asc", text.text("throughline.web.scorecard.order.asc")},
                new String[]{"desc", text.text("throughline.web.scorecard.order.desc")})));
        if (asked.columns() != null && !asked.columns().isBlank()) {
            form.append("<input type=\"hidden\" name=\"columns\" value=\"").append(Html.escape(asked.columns()))
                    .append("\">");
        }
        String query = asked.queryString(Optional.empty());
        form.append("<div class=\"buttons-container\"><div class=\"buttons\">")
                .append("<button type=\"submit\" class=\"aui-button aui-button-primary\" id=\"scorecard-apply\">")
                .append(text.html("throughline.web.scorecard.apply")).append("</button>")
                .append("<a class=\"aui-button aui-button-link\" id=\"scorecard-reset\" href=\"").append(Html.escape(pagePath))
                .append("\">").append(text.html("throughline.web.scorecard.reset")).append("</a>")
                .append("<a class=\"aui-button\" id=\"scorecard-csv\" href=\"")
                .append(Html.escape(csvPath + (query.isEmpty() ? "" : "?" + query))).append("\">")
                .append(text.html("throughline.web.scorecard.csv")).append("</a></div></div></form>");
        return form.toString();
    }

    private String select(String id, String name, String chosen, List<String[]> options) {
        StringBuilder select = new StringBuilder(512);
        select.append("<div class=\"field-group\"><label for=\"scorecard-").append(id).append("\">")
                .append(text.html("throughline.web.scorecard.filter." + id)).append("</label>")
                .append("<select class=\"select\" id=\"scorecard-").append(id).append("\" name=\"").append(name)
                .append("\"><option value=\"\">").append(text.html("throughline.web.scorecard.filter.any"))
                .append("</option>");
        for (String[] option : options) {
            boolean selected = chosen != null && option[0].equalsIgnoreCase(chosen.strip());
            select.append("<option value=\"").append(Html.escape(option[0])).append('"')
                    .append(selected ? " selected" : "").append('>').append(Html.escape(option[1])).append("</option>");
        }
        return select.append("</select></div>").toString();
    }

    private String rows(Scorecard card, ScorecardParams asked, String pagePath, String browseBase) {
        List<ScorecardColumns.Column> columns = ScorecardColumns.of(asked.groups());
        if (card.rows().isEmpty()) {
            return "<p class=\"throughline-scorecard-empty\" id=\"scorecard-empty\">"
                    + text.html("throughline.web.scorecard.empty") + "</p>";
        }
        int pages = (card.rows().size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int page = Math.min(asked.pageNumber(), pages);
        int from = (page - 1) * PAGE_SIZE;
        int to = Math.min(card.rows().size(), from + PAGE_SIZE);
        StringBuilder html = new StringBuilder(4096 + (to - from) * 1500);
        html.append("<h2>").append(text.html("throughline.web.scorecard.initiatives")).append("</h2>")
                .append("<div class=\"throughline-scorecard-scroll\">")
                .append("<table class=\"aui throughline-scorecard-rows\" id=\"scorecard-rows\"><thead><tr>");
        // The group headings above the columns: the initiative's own columns first, then each group.
        int own = (int) columns.stream().filter(c -> c.group().isEmpty()).count();
        html.append("<th colspan=\"").append(own).append("\"></th>");
        for (ScorecardColumns.Group group : ScorecardColumns.Group.values()) {
            long span = columns.stream().filter(c -> c.group().filter(group::equals).isPresent()).count();
            if (span > 0) {
                html.append("<th scope=\"colgroup\" class=\"throughline-scorecard-group\" colspan=\"").append(span)
                        .append("\">").append(text.html("throughline.web.scorecard.group." + group.name())).append("</th>");
            }
        }
        html.append("</tr><tr>");
        for (ScorecardColumns.Column column : columns) {
            html.append("<th scope=\"col\" data-column=\"").append(column.id()).append("\">")
                    .append(text.html(column.headingKey())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (ScorecardRow row : card.rows().subList(from, to)) {
            html.append("<tr data-key=\"").append(Html.escape(row.line().initiative().value())).append("\">");
            ScorecardColumns.Cell cell = new ScorecardColumns.Cell(row, text, people, zone);
            for (ScorecardColumns.Column column : columns) {
                html.append("<td data-column=\"").append(column.id()).append("\">").append(cellHtml(column, cell, card,
                        browseBase)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></div>");
        html.append("<p class=\"throughline-scorecard-paging\" id=\"scorecard-paging\">")
                .append(text.html("throughline.web.scorecard.paging", from + 1, to, card.rows().size()));
        if (page > 1) {
            html.append(" <a id=\"scorecard-previous\" href=\"").append(Html.escape(pagePath + "?"
                    + asked.queryString(Optional.of(page - 1)))).append("\">")
                    .append(text.html("throughline.web.scorecard.previous")).append("</a>");
        }
        if (page < pages) {
            html.append(" <a id=\"scorecard-next\" href=\"").append(Html.escape(pagePath + "?"
                    + asked.queryString(Optional.of(page + 1)))).append("\">")
                    .append(text.html("throughline.web.scorecard.next")).append("</a>");
        }
        return html.append("</p>").toString();
    }

    private String cellHtml(ScorecardColumns.Column column, ScorecardColumns.Cell cell, Scorecard card,
                            String browseBase) {
        ScorecardLine line = cell.line();
        StringBuilder html = new StringBuilder(256);
        switch (column.id()) {
            case "key" -> html.append("<a href=\"").append(Html.escape(browseBase + line.initiative().value()))
                    .append("\">").append(Html.escape(line.initiative().value())).append("</a>");
            case "metric" -> html.append(metricHtml(cell));
            case "health" -> line.coordination().worstHealth().ifPresent(health -> html
                    .append("<span class=\"aui-lozenge ").append(HealthLozenge.cssClass(health)).append("\">")
                    .append(text.html("throughline.web.health." + health.name())).append("</span>"));
            case "signals" -> html.append(signalsHtml(line.signals()));
            default -> html.append(Html.escape(column.text().apply(cell)));
        }
        column.trend().ifPresent(figure -> html.append(trendHtml(cell.row().trend(figure), card)));
        return html.toString();
    }

    private String metricHtml(ScorecardColumns.Cell cell) {
        ScorecardLine.Outcome outcome = cell.line().outcome();
        StringBuilder html = new StringBuilder(Html.escape(ScorecardColumns.metric(cell)));
        List<BigDecimal> values = outcome.readings().stream().map(ScorecardLine.Reading::value).toList();
        Sparkline.svg(values, outcome.baseline(), outcome.target(),
                text.text("throughline.web.scorecard.sparkline", values.size(),
                        outcome.target().map(ScorecardColumns::plain).orElse("–"))).ifPresent(svg -> {
                            html.append(' ').append(svg);
                            html.append("<table class=\"assistive\"><caption>")
                                    .append(text.html("throughline.web.scorecard.readings")).append("</caption><tbody>");
                            for (ScorecardLine.Reading reading : outcome.readings()) {
                                html.append("<tr><td>").append(reading.observedOn()).append("</td><td>")
                                        .append(Html.escape(ScorecardColumns.plain(reading.value()))).append("</td></tr>");
                            }
                            html.append("</tbody></table>");
                        });
        return html.toString();
    }

    private String signalsHtml(List<SignalVerdict> signals) {
        return signals(text, signals);
    }

    /** The signals raised, each a badge with its reason (empty for none): the same on every page that lists initiatives. */
    public static String signals(ViewText text, List<SignalVerdict> signals) {
        if (signals.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<ul class=\"throughline-signal-list\">");
        for (SignalVerdict verdict : signals) {
            html.append("<li data-signal=\"").append(verdict.signal().name())
                    .append("\"><span class=\"aui-lozenge aui-lozenge-moved\">")
                    .append(text.html("throughline.web.signal.name." + verdict.signal().name()))
                    .append("</span> <span class=\"throughline-signal-reason\">").append(text.html(verdict.reason()))
                    .append("</span></li>");
        }
        return html.append("</ul>").toString();
    }

    private String trendHtml(Trend trend, Scorecard card) {
        if (trend == Trend.NONE) {
            return "";
        }
        String mark = switch (trend) {
            case BETTER -> "▲";
            case WORSE -> "▼";
            default -> "=";
        };
        String words = text.text("throughline.web.scorecard.trend-since." + trend.name(), card.comparedWith().toString());
        return " <span class=\"throughline-trend throughline-trend-" + trend.name().toLowerCase(java.util.Locale.ROOT)
                + "\" data-trend=\"" + trend.name() + "\" title=\"" + Html.escape(words) + "\" aria-label=\""
                + Html.escape(words) + "\">" + mark + "</span>";
    }

    private String teams(Scorecard card) {
        if (card.teamRows().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder(4096 + card.teamRows().size() * 2000);
        html.append("<h2>").append(text.html("throughline.web.scorecard.teams")).append("</h2><p>")
                .append(text.html("throughline.web.scorecard.teams-intro", TeamSummary.WEEKS)).append("</p>")
                .append("<div class=\"throughline-scorecard-scroll\">")
                .append("<table class=\"aui throughline-scorecard-teams\" id=\"scorecard-teams\"><thead><tr>");
        for (String heading : List.of("team", "initiatives", "trace", "deployments", "fail-rate", "decision",
                "dependencies", "late-rate", "without-contract", "signals", "ack-weeks", "delivery-weeks")) {
            html.append("<th scope=\"col\">").append(text.html("throughline.web.scorecard.team-column." + heading))
                    .append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (TeamSummary team : card.teamRows()) {
            html.append("<tr data-team=\"").append(Html.escape(team.team().name())).append("\"><th scope=\"row\">")
                    .append(Html.escape(team.team().name())).append("</th><td>").append(team.initiatives())
                    .append("</td><td>").append(team.percentDone().map(p -> text.html("throughline.web.scorecard.trace",
                            team.done(), team.items(), p)).orElse(text.html("throughline.web.scorecard.trace.none")))
                    .append("</td><td>").append(text.html("throughline.web.scorecard.deployments", team.deploymentsPerWeek(),
                            team.deployments(), io.throughline.core.scorecard.ScorecardLine.DELIVERY_DAYS))
                    .append("</td><td>").append(team.changeFailRate().map(rate -> text.html(
                            "throughline.web.scorecard.fail-rate", ScorecardColumns.plain(rate.movePointRight(2)
                                    .setScale(0, java.math.RoundingMode.HALF_UP)), team.failed(), team.deployments()))
                            .orElse("")).append("</td><td>")
                    .append(team.decisionMedianDays().map(median -> text.html("throughline.web.scorecard.decision-spread",
                            median, team.decisionP90Days().orElse(median))).orElse("")).append("</td><td>")
                    .append(text.html("throughline.web.scorecard.open", team.openDependencies(), team.dependencies()));
            team.worstHealth().ifPresent(health -> html.append(" <span class=\"aui-lozenge ")
                    .append(HealthLozenge.cssClass(health)).append("\">")
                    .append(text.html("throughline.web.health." + health.name())).append("</span>"));
            html.append("</td><td>").append(team.lateDiscoveryRate().map(rate -> ScorecardColumns.plain(
                    rate.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP)) + " %").orElse(""))
                    .append("</td><td>").append(team.withoutContract()).append("</td><td>").append(team.signals())
                    .append("</td><td>").append(series(team.ackWeeks(), "throughline.web.scorecard.ack-series", team))
                    .append("</td><td>").append(series(team.deliveryWeeks(), "throughline.web.scorecard.delivery-series", team))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    private String series(List<Optional<BigDecimal>> weeks, String labelKey, TeamSummary team) {
        String label = text.text(labelKey, team.team().name(), weeks.size());
        StringBuilder html = new StringBuilder(WeeklySeries.svg(weeks, label));
        html.append("<table class=\"assistive\"><caption>").append(Html.escape(label)).append("</caption><tbody><tr>");
        for (Optional<BigDecimal> week : weeks) {
            html.append("<td>").append(week.map(ScorecardColumns::plain).map(Html::escape).orElse("–")).append("</td>");
        }
        return html.append("</tr></tbody></table>").toString();
    }
}
