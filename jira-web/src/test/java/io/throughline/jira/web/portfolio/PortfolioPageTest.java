package io.throughline.jira.web.portfolio;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.People;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.stageview.StagePortfolio;
import io.throughline.core.testing.TestWorld;
import io.throughline.jira.web.scorecard.ScorecardParams;
import io.throughline.web.view.ViewText;
import io.throughline.web.view.html.RenderedHtml;
import io.throughline.web.view.html.XssPayloads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The portfolio page: stages in lifecycle order with the gate ahead, each row's readiness, filters, paging, escaping, CSV. */
class PortfolioPageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final PortfolioPage.Links LINKS = new PortfolioPage.Links("/jira/plugins/servlet/throughline/portfolio",
            "/jira/rest/throughline/1.0/portfolio/initiatives/csv", "/jira/browse/");
    private static final Pattern ROW = Pattern.compile("<tr data-key=\"([A-Z]+-\\d+)\">");
    private static final ViewText TEXT = ViewText.forLocale(Locale.ENGLISH);

    private final TestWorld world = new TestWorld(TODAY, Team.of("Growth"), Team.of("Identity"), Team.of("Data"));
    private final UserRef lead = world.admin("ops.lead");
    private final PortfolioPage page = new PortfolioPage(TEXT, People.KEYS, world.clock.zone());

    static Stream<String> payloads() {
        return XssPayloads.ALL.stream();
    }

    private void save(String key, String team, Stage stage, String summary) {
        world.app.initiatives().save(lead, initiative(key).team(team).stage(stage).summary(summary).build());
    }

    private static ScorecardParams asked(Map<String, String[]> parameters) {
        return PortfolioPage.params(parameters);
    }

    private String render(Map<String, String[]> parameters) {
        ScorecardParams asked = asked(parameters);
        StagePortfolio portfolio = world.app.stagePortfolio().page(lead, asked.query(), asked.pageNumber());
        return page.body(portfolio, asked, world.teams.teams(), LINKS);
    }

    private static List<String> keys(String html) {
        List<String> keys = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            keys.add(row.group(1));
        }
        return keys;
    }

    private static String rowOf(String html, String key) {
        int start = html.indexOf("<tr data-key=\"" + key + "\">");
        assertThat(start).as("row of " + key).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void stagesFollowTheLifecycleEachNamingTheGateAheadOfIt() {
        save("GROW-3", "Growth", Stage.SHIPPED, "Shipped one");
        save("IDN-1", "Identity", Stage.DELIVERING, "Delivering one");
        save("GROW-1", "Growth", Stage.BET, "A bet");

        String html = render(Map.of());

        assertThat(html).contains("<h2 id=\"portfolio-stage-BET\" data-stage-heading=\"BET\">Bet (1 initiative)</h2>",
                "Gate ahead: commit gate", "Gate ahead: validation gate, or else invalidation gate",
                "<h2 id=\"portfolio-stage-DELIVERING\" data-stage-heading=\"DELIVERING\">Delivering (1 initiative)</h2>");
        assertThat(html.indexOf("data-stage=\"BET\"")).isLessThan(html.indexOf("data-stage=\"DELIVERING\""));
        assertThat(html.indexOf("data-stage=\"DELIVERING\"")).isLessThan(html.indexOf("data-stage=\"SHIPPED\""));
        String delivering = html.substring(html.indexOf("data-stage-heading=\"DELIVERING\""),
                html.indexOf("data-stage-heading=\"SHIPPED\""));
        assertThat(delivering).doesNotContain("Gate ahead:", "data-gate=");
        assertThat(keys(html)).containsExactly("GROW-1", "IDN-1", "GROW-3");
        assertThat(rowOf(html, "GROW-1")).contains("<a href=\"/jira/browse/GROW-1\">GROW-1</a>", "A bet", "Growth",
                "pm.growth");
    }

    @Test
    void aRowSaysReadyOrHowManyChecksAreMissingWithWhatIsMissing() {
        save("GROW-1", "Growth", Stage.BET, "Missing things");
        world.app.initiatives().save(lead, initiative("GROW-2").team("Growth").horizon(TODAY.plusDays(60))
                .summary("Ready to commit").build());
        for (String summary : List.of("Interviews", "Funnel study")) {
            world.app.evidence().record(lead, InitiativeKey.parse("GROW-2"), new EvidenceForm("RESEARCH", summary,
                    "https://wiki.example/" + summary.length(), null, TODAY.toString(), null));
        }
        save("GROW-3", "Growth", Stage.SHIPPED, "Shipped");

        String html = render(Map.of());

        String ready = rowOf(html, "GROW-2");
        assertThat(ready).contains("data-gate=\"commit\" data-missing=\"0\"", "aui-lozenge-success\">Ready</span>")
                .doesNotContain("<details");
        String missing = rowOf(html, "GROW-1");
        assertThat(missing).contains("data-gate=\"commit\" data-missing=\"2\"", "aui-lozenge-removed\">2 missing</span>",
                "title=\"Ready to commit? Not ready: 2 checks are missing before this bet can be committed.");
        assertThat(missing.substring(missing.indexOf("<ul>"))).contains("<li>", "horizon", "evidence");
        // A shipped initiative faces two gates, each named on its row.
        String shipped = rowOf(html, "GROW-3");
        assertThat(shipped).contains("data-gate=\"outcome\"", "data-gate=\"invalidation\"",
                "<span class=\"throughline-portfolio-gate-name\">validation gate</span>",
                "<span class=\"throughline-portfolio-gate-name\">invalidation gate</span>",
                "no transition out of this status carries this gate");
    }

    @Test
    void healthIsTheInitiativesDependencyHealthAndTheDeliveryItsStoredRollUp() {
        save("GROW-1", "Growth", Stage.DELIVERING, "Waiting on Data");
        save("GROW-2", "Growth", Stage.DELIVERING, "Nothing asked");
        Dependency declined = world.app.dependencies().request(lead, InitiativeKey.parse("GROW-1"),
                new DependencyForm("Data", null, "Events", TODAY.plusDays(20).toString()));
        world.app.dependencies().decline(lead, declined.id(), "Not this quarter");

        String html = render(Map.of());

        assertThat(rowOf(html, "GROW-1")).contains("<td data-column=\"health\"><span class=\"aui-lozenge",
                "data-health=\"BLOCKED\">Blocked</span>");
        assertThat(rowOf(html, "GROW-2")).contains("<td data-column=\"health\"><span class=\"throughline-muted\">None</span>",
                "data-delivery=\"none\">No work linked</td>");
        assertThat(keys(render(Map.of("health", new String[] {"blocked"})))).containsExactly("GROW-1");
    }

    @Test
    void theFiltersNarrowTheRowsAndStayInTheFormAndTheCsvLink() {
        save("GROW-1", "Growth", Stage.BET, "Growth bet");
        save("IDN-1", "Identity", Stage.BET, "Identity bet");
        save("IDN-2", "Identity", Stage.SHIPPED, "Identity shipped");

        String html = render(Map.of("team", new String[] {"identity"}, "sort", new String[] {"key"},
                "order", new String[] {"desc"}, "page", new String[] {"1"}));

        assertThat(keys(html)).containsExactly("IDN-1", "IDN-2");
        assertThat(html).contains("<option value=\"Identity\" selected>", "<option value=\"desc\" selected>",
                "href=\"/jira/rest/throughline/1.0/portfolio/initiatives/csv?team&#61;identity&#38;sort&#61;key&#38;order&#61;desc\"")
                .doesNotContain("Growth bet");
        // An order the page does not offer, named in a link, is applied and stays chosen.
        assertThat(render(Map.of("sort", new String[] {"trace"}))).contains("<option value=\"TRACE\" selected>");
        assertThat(keys(render(Map.of("stage", new String[] {"SHIPPED"})))).containsExactly("IDN-2");
    }

    @Test
    void aWrongFilterIsRefusedWithTheScorecardsWordsAndTheFormAsTyped() {
        ScorecardParams asked = asked(Map.of("stage", new String[] {"shipping"}, "owner", new String[] {"\"><b>x"}));

        assertThatThrownBy(asked::query).isInstanceOfSatisfying(ThroughlineException.InvalidInput.class, refused -> {
            String html = page.refused(refused.errors().stream().map(error -> TEXT.text(error.message())).toList(),
                    asked, world.teams.teams(), LINKS);
            assertThat(html).contains("id=\"portfolio-errors\"", "“shipping” is not a stage",
                    "id=\"portfolio-owner\" name=\"owner\" value=\"&#34;&#62;&#60;b&#62;x\"")
                    .doesNotContain("<b>x");
        });
    }

    @Test
    void fiftyRowsAPageWithLinksToTheOthersKeepingTheFilters() {
        for (int i = 1; i <= 120; i++) {
            save("GROW-" + i, "Growth", Stage.BET, "Bet " + i);
        }

        String first = render(Map.of("team", new String[] {"Growth"}));
        String second = render(Map.of("team", new String[] {"Growth"}, "page", new String[] {"2"}));

        assertThat(keys(first)).hasSize(50);
        assertThat(first).contains("Rows 1 to 50 of 120.", "Bet (120 initiatives)", "50 of them are on this page.",
                "id=\"portfolio-next\" href=\"/jira/plugins/servlet/throughline/portfolio?team&#61;Growth&#38;page&#61;2\"")
                .doesNotContain("portfolio-previous");
        assertThat(keys(second)).hasSize(50).doesNotContainAnyElementsOf(keys(first));
        assertThat(second).contains("Rows 51 to 100 of 120.", "id=\"portfolio-previous\"", "id=\"portfolio-next\"");
        // Only the rows shown are judged: every row on the page has its gate, and only those.
        assertThat(first.split("data-gate=\"commit\"", -1)).hasSize(51);
    }

    @Test
    void aScriptInASummaryStaysText() {
        save("GROW-1", "Growth", Stage.BET, "<script>alert(1)</script>");

        String html = render(Map.of());

        assertThat(html).contains("&#60;script&#62;alert(1)&#60;/script&#62;").doesNotContain("<script>");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void hostileTextAnywhereStaysText(String payload) throws IOException {
        save("GROW-1", "Growth", Stage.BET, payload);
        world.app.initiatives().save(lead, initiative("GROW-2").team("Growth").stage(Stage.SHIPPED).summary(payload)
                .owner(payload.isBlank() ? "x" : "pm." + Math.abs(payload.hashCode())).build());

        String html = render(Map.of("owner", new String[] {payload}, "sort", new String[] {"key"}));
        String all = render(Map.of());

        RenderedHtml template = RenderedHtml.of(Files.readString(Path.of("src/main/java/io/throughline/jira/web/portfolio/PortfolioPage.java"))
                + Files.readString(Path.of("src/main/java/io/throughline/jira/web/portfolio/PortfolioFilters.java"))
                + Files.readString(Path.of("src/main/java/io/throughline/jira/web/scorecard/ScorecardPage.java")));
        template.assertOnlyTemplateMarkup(html);
        template.assertOnlyTemplateMarkup(all);
        assertThat(keys(all)).containsExactly("GROW-1", "GROW-2");
    }

    @Test
    void theCsvHasEveryRowByStageWithTheGateAheadNamedAndNoCellASpreadsheetWouldRun() {
        save("GROW-1", "Growth", Stage.SHIPPED, "=HYPERLINK(\"https://evil.example\",\"click\")");
        save("GROW-2", "Growth", Stage.BET, "@SUM(1+1)");
        for (int i = 3; i <= 60; i++) {
            save("GROW-" + i, "Growth", Stage.DELIVERING, "Delivering " + i);
        }

        String csv = PortfolioCsv.write(world.app.stagePortfolio().all(lead, asked(Map.of()).query()), TEXT, People.KEYS);

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("Key,Summary,Team,Stage,Owner,Dependency health,Signals,Gate ahead,Delivery");
        assertThat(lines).hasSize(61);
        assertThat(lines[1]).isEqualTo("GROW-2,'@SUM(1+1),Growth,Bet,pm.growth,,,commit gate,");
        assertThat(lines[60]).isEqualTo("GROW-1,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\",Growth,Shipped,"
                + "pm.growth,,,\"validation gate, or else invalidation gate\",");
        assertThat(csv).doesNotContain(",=", ",@");
    }
}
