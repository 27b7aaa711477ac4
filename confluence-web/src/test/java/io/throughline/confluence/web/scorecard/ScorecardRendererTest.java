package io.throughline.confluence.web.scorecard;

import static io.throughline.confluence.web.scorecard.ScorecardJsonBuilder.row;
import static io.throughline.confluence.web.scorecard.ScorecardJsonBuilder.scorecard;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.confluence.web.HtmlWriter;
import io.throughline.confluence.web.JiraLinks;
import io.throughline.confluence.web.Parsed;
import io.throughline.core.scorecard.Figure;
import io.throughline.web.view.ViewText;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The scorecard's tables from Jira's JSON: escaped, compact, every chart with its words and its text. */
class ScorecardRendererTest {

    private static final ScorecardParameters ALL = parameters(Map.of());

    @Test
    void aRowLinksItsKeyAndReadsBaselineLatestTargetWithTheSparklineAndItsReadings() {
        String html = render(scorecard().with(row("SUP-1")).data(), ALL);

        assertThat(cell(html, "SUP-1", "key")).isEqualTo(
                "<a href=\"https://jira.example.com/browse/SUP-1\">SUP-1</a>");
        assertThat(cell(html, "SUP-1", "stage")).isEqualTo("Shipped");
        assertThat(cell(html, "SUP-1", "metric")).startsWith("40 → 27 → 25 tickets per week <svg class=\"throughline-sparkline\"")
                .contains("<title>1 metric readings against the target 25</title>",
                        "<table class=\"assistive\"><caption>Metric readings, oldest first</caption><tbody>"
                                + "<tr><td>2026-02-27</td><td>27</td></tr></tbody></table>");
        assertThat(cell(html, "SUP-1", "progress")).isEqualTo("86 %");
        assertThat(cell(html, "SUP-1", "trace")).isEqualTo("1 of 4 (25 %)");
        assertThat(cell(html, "SUP-1", "deployments")).isEqualTo("0.5 (2 in 28 days)");
        assertThat(cell(html, "SUP-1", "failRate")).isEqualTo("50 % (1 of 2)");
        assertThat(cell(html, "SUP-1", "decision")).isEqualTo("10 d");
        assertThat(cell(html, "SUP-1", "dependencies")).isEqualTo("1 open of 2");
        assertThat(cell(html, "SUP-1", "health")).isEqualTo(
                "<span class=\"aui-lozenge aui-lozenge-removed\" data-health=\"BLOCKED\">Blocked</span>");
        assertThat(cell(html, "SUP-1", "acknowledgement")).isEqualTo("1.5 d");
        assertThat(cell(html, "SUP-1", "late")).isEqualTo("2");
    }

    @Test
    void theAsOfLineNamesTheDayTheComparedDayAndWhenTheOldestLineWasComputedInTheViewersZone() {
        String html = render(scorecard().with(row("SUP-1")).data(), ALL);

        assertThat(html).startsWith("<p class=\"throughline-scorecard-asof\">As of the end of 2026-03-02; trends compare"
                + " with 2026-02-02. The oldest line shown was computed 2026-03-02 12:30 (Europe/Berlin).</p>");
    }

    @Test
    void aSummaryAndAReasonThatLookLikeMarkupStayText() {
        String html = render(scorecard().with(row("SUP-1").summary("<script>alert(1)</script>")
                .signal("STALLED", "Stalled <b>", "moved \"0\" days <img src=x onerror=alert(2)>")).data(), ALL);

        assertThat(html).doesNotContain("<script", "<img", "<b>")
                .contains("&#60;script&#62;alert(1)&#60;/script&#62;", "Stalled &#60;b&#62;",
                        "moved &#34;0&#34; days &#60;img src&#61;x onerror&#61;alert(2)&#62;");
        assertThat(cell(html, "SUP-1", "signals")).isEqualTo("<ul class=\"throughline-signal-list\">"
                + "<li class=\"throughline-signal\" data-signal=\"STALLED\"><span class=\"aui-lozenge aui-lozenge-moved\">"
                + "Stalled &#60;b&#62;</span> <span class=\"throughline-signal-reason\">moved &#34;0&#34; days &#60;img "
                + "src&#61;x onerror&#61;alert(2)&#62;</span></li></ul>");
    }

    @Test
    void aRowWithoutAReadingShowsADashForTheLatestAndNoChart() {
        String html = render(scorecard().with(row("SUP-1").noReading()).with(row("PLAT-1").noMetric()).data(), ALL);

        assertThat(cell(html, "SUP-1", "metric"))
                .isEqualTo("40 → – → 25 tickets per week <span class=\"throughline-no-reading\">No metric reading yet.</span>");
        assertThat(cell(html, "SUP-1", "progress")).isEmpty();
        assertThat(cell(html, "PLAT-1", "metric")).isEqualTo("No success metric yet.");
        assertThat(html).doesNotContain("throughline-sparkline");
    }

    @Test
    void aTrendedFigureCarriesItsMarkAndTheWordsInItsTitle() {
        String html = render(scorecard().with(row("SUP-1").trend(Figure.OUTCOME_PROGRESS, "BETTER")
                .trend(Figure.CHANGE_FAIL_RATE, "WORSE").trend(Figure.LATE_DISCOVERED, "SAME")).data(), ALL);

        assertThat(cell(html, "SUP-1", "progress")).isEqualTo("86 % <span class=\"throughline-trend throughline-trend-better\""
                + " data-trend=\"BETTER\" title=\"Better than on 2026-02-02\" aria-label=\"Better than on 2026-02-02\">▲</span>");
        assertThat(cell(html, "SUP-1", "failRate")).endsWith("title=\"Worse than on 2026-02-02\""
                + " aria-label=\"Worse than on 2026-02-02\">▼</span>");
        assertThat(cell(html, "SUP-1", "late")).contains("data-trend=\"SAME\"", "title=\"The same as on 2026-02-02\"", ">&#61;</span>");
        assertThat(cell(html, "SUP-1", "trace")).doesNotContain("throughline-trend");
    }

    @Test
    void aSubsetOfGroupsShowsOnlyTheirColumnsAfterTheInitiativesOwn() {
        String html = render(scorecard().with(row("SUP-1").signal("STALLED", "Stalled", "no move")).team("Support").data(),
                parameters(Map.of("columns", "signals, Outcome")));

        assertThat(headings(html)).isEqualTo("key summary team stage metric progress signals team initiatives signals");
        assertThat(html).doesNotContain("data-column=\"trace\"", "data-column=\"decision\"", "throughline-series");
    }

    @Test
    void onlyTheOutcomeLeavesTheTeamsTableOut() {
        String html = render(scorecard().with(row("SUP-1")).team("Support").data(), parameters(Map.of("columns", "outcome")));

        assertThat(html).doesNotContain("throughline-scorecard-teams");
    }

    @Test
    void theTeamsTableDrawsEachWeeklySeriesWithATitleAndListsItAsText() {
        BigDecimal none = null;
        String html = render(scorecard().with(row("SUP-1")).team("Support", none, new BigDecimal("1.50"), new BigDecimal("3"))
                .data(), ALL);

        assertThat(html).contains("<p class=\"throughline-scorecard-teams-intro\">Each team’s figures over the rows above;"
                        + " the weekly series cover the last 3 weeks of requests made to the team, oldest first.</p>",
                "<tr data-team=\"Support\"><th scope=\"row\">Support</th><td>1</td><td>1 of 4 (25 %)</td>"
                        + "<td>0.5 (2 in 28 days)</td><td>50 % (1 of 2)</td><td>median 10 days, p90 12 days</td>"
                        + "<td>1 open of 2 <span class=\"aui-lozenge aui-lozenge-removed\" data-health=\"BLOCKED\">Blocked</span>"
                        + "</td><td>50 %</td>",
                "<title>Median days to acknowledge requests to Support, 3 weeks</title>",
                "<table class=\"assistive\"><caption>Median days to acknowledge requests to Support, 3 weeks</caption>"
                        + "<tbody><tr><td>–</td><td>1.5</td><td>3</td></tr></tbody></table>",
                "<title>Median days to deliver requests to Support, 3 weeks</title>");
    }

    @Test
    void moreRowsThanTheMacroListsAreCounted() {
        ScorecardJsonBuilder card = scorecard();
        for (int i = 1; i <= ScorecardRenderer.MAX_ROWS + 2; i++) {
            card.with(row("SUP-" + i));
        }

        String html = render(card.data(), ALL);

        assertThat(html).contains("data-key=\"SUP-100\"", "Showing the first 100 of 102 initiatives.")
                .doesNotContain("data-key=\"SUP-101\"");
    }

    @Test
    void rowsJiraLeftOutAreCountedFromItsTotal() {
        String html = render(scorecard().with(row("SUP-1")).with(row("SUP-2")).total(250).data(), ALL);

        assertThat(html).contains("data-key=\"SUP-2\"", "Showing the first 2 of 250 initiatives.");
        assertThat(render(scorecard().with(row("SUP-1")).data(), ALL)).doesNotContain("Showing the first");
    }

    @Test
    void aTotalBelowTheRowsSentIsRefusedAsMalformed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scorecard().with(row("SUP-1")).with(row("SUP-2"))
                .total(1).data()).isInstanceOf(io.throughline.confluence.web.json.JsonShapeException.class)
                .hasMessageContaining("total of 1");
    }

    @Test
    void noRowSaysSo() {
        String html = render(scorecard().computedAt(null).data(), ALL);

        assertThat(html).isEqualTo("<p class=\"throughline-scorecard-asof\">As of the end of 2026-03-02; trends compare"
                + " with 2026-02-02.</p><p class=\"throughline-scorecard-empty\">No initiative you may see matches these"
                + " filters.</p>");
    }

    private static ScorecardParameters parameters(Map<String, String> given) {
        return ((Parsed.Valid<ScorecardParameters>) ScorecardParameters.parse(given)).value();
    }

    private static String render(ScorecardData card, ScorecardParameters params) {
        HtmlWriter out = new HtmlWriter();
        new ScorecardRenderer(ViewText.forLocale(Locale.ENGLISH), new JiraLinks("https://jira.example.com/"),
                ZoneId.of("Europe/Berlin")).render(out, card, params);
        return out.html();
    }

    /** The inside of the row's cell of that column, nested tables and all. */
    private static String cell(String html, String key, String column) {
        int row = html.indexOf("<tr data-key=\"" + key + "\">");
        assertThat(row).as(key).isNotNegative();
        String open = "<td data-column=\"" + column + "\">";
        int start = html.indexOf(open, row);
        int next = html.indexOf("<tr data-key=", row + 1);
        assertThat(start).as(column).isNotNegative();
        assertThat(next < 0 || start < next).as(column + " in " + key).isTrue();
        int depth = 1;
        int at = start + open.length();
        while (depth > 0) {
            int opening = html.indexOf("<td", at);
            int closing = html.indexOf("</td>", at);
            if (opening >= 0 && opening < closing) {
                depth++;
                at = opening + 3;
            } else {
                depth--;
                at = closing + 5;
            }
        }
        return html.substring(start + open.length(), at - 5);
    }

    private static String headings(String html) {
        Matcher heading = Pattern.compile("<th scope=\"col\" data-column=\"([a-zA-Z-]+)\">").matcher(html);
        StringBuilder ids = new StringBuilder();
        while (heading.find()) {
            ids.append(ids.isEmpty() ? "" : " ").append(heading.group(1));
        }
        return ids.toString();
    }
}
