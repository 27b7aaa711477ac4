package io.throughline.confluence.web.dependency;

import static io.throughline.confluence.web.MacroWorld.as;
import static io.throughline.confluence.web.MacroWorld.parameters;
import static io.throughline.confluence.web.RecordedContract.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.confluence.web.MacroWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DependencyStatusMacroTest {

    private static final String ALL = "/portfolio/dependencies";
    private static final Pattern ROW = Pattern.compile("data-dependency=\"(\\d+)\"");
    private static final Pattern LOZENGE = Pattern.compile("<span class=\"aui-lozenge [^\"]+\" data-health=\"[A-Z_]+\">([^<]+)</span>");

    private final MacroWorld world = new MacroWorld();

    @BeforeEach
    void record() {
        world.server.answer(ADMIN, ALL, 200, world.contract.portfolio(ADMIN));
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void summarisesCountsInTheContractsOrder() {
        String html = render(Map.of());

        assertThat(lozenges(between(html, "throughline-summary", "</p>")))
                .containsExactly("1 on track", "1 at risk", "1 blocked", "1 done");
    }

    @Test
    void listsOnlyAtRiskAndBlockedDependenciesMostSevereFirstWithReasonsAndLinks() {
        String html = render(Map.of());

        assertThat(rows(html)).containsExactly("2", "1");
        String blocked = between(html, "data-dependency=\"2\"", "</tr>");
        assertThat(blocked).contains("Blocked", "href=\"" + world.browse("PAY-3") + "\"", "Checkout latency",
                "(Payments)", "<td>Identity</td>", "Token vault",
                "<li>Needed by 2026-03-01, 1 day ago, and not delivered</li>", "<td>2026-03-01</td>",
                "<td>Not committed</td>", "<td>3 days</td>");
        String atRisk = between(html, "data-dependency=\"1\"", "</tr>");
        assertThat(atRisk).contains("At risk", "GROW-1", "SSO users skip the password step", "<td>7 days</td>");
        assertThat(html).doesNotContain("data-dependency=\"3\"", "data-dependency=\"4\"");
    }

    @Test
    void includeDoneListsDeliveredDependenciesLastAndCountsThemInTheMatrix() {
        String html = render(parameters("includeDone", "TRUE"));

        assertThat(rows(html)).containsExactly("2", "1", "4");
        assertThat(between(html, "data-dependency=\"4\"", "</tr>")).contains("Done", "<td>2026-03-07</td>");
        assertThat(matrixRow(render(parameters("includeDone", "true")), "Growth")).contains("data-worst=\"DONE\"");
        assertThat(matrixRow(render(Map.of()), "Growth")).doesNotContain("DONE");
    }

    @Test
    void eachMatrixCellShowsItsPairsModeOrThatThePairHasNone() {
        world.contract.world.interactions.replace(List.of(new io.throughline.core.interaction.Interaction(
                io.throughline.core.common.Team.of("Growth"), io.throughline.core.common.Team.of("Identity"),
                io.throughline.core.interaction.InteractionMode.X_AS_A_SERVICE, 1)), 0);
        world.server.answer(ADMIN, ALL, 200, world.contract.portfolio(ADMIN));

        String html = render(parameters("view", "matrix"));

        assertThat(matrixRow(html, "Growth")).contains("data-mode=\"X_AS_A_SERVICE\"",
                "<span class=\"throughline-mode\">X as a service, answered within 1 day</span>");
        assertThat(matrixRow(html, "Payments")).contains(
                "<span class=\"throughline-mode throughline-mode-none\">No agreed way of working</span>");
    }

    @Test
    void theMatrixShowsTheWorstHealthInWordsWithCountsPerTeamPair() {
        String html = render(parameters("view", "matrix"));

        assertThat(html).contains("throughline-matrix").doesNotContain("throughline-list");
        assertThat(between(html, "<thead>", "</thead>")).contains("<th scope=\"col\">Growth</th>",
                "<th scope=\"col\">Identity</th>", "<th scope=\"col\">Payments</th>");
        assertThat(matrixRow(html, "Growth")).contains("data-worst=\"AT_RISK\"", ">At risk</span>",
                "<span class=\"throughline-counts\">1 at risk</span>");
        assertThat(matrixRow(html, "Identity")).contains(">On track</span>", "1 on track");
        assertThat(matrixRow(html, "Payments")).contains(">Blocked</span>", "1 blocked");
    }

    @Test
    void teamCyclesAreCalledOut() {
        assertThat(render(Map.of())).contains("Teams waiting on each other in a cycle", "<li>Growth → Identity → Growth</li>");
    }

    @Test
    void listViewLeavesTheMatrixOutAndMaxRowsCutsTheListWithANote() {
        String html = render(parameters("view", " List ", "maxRows", "1"));

        assertThat(html).doesNotContain("throughline-matrix");
        assertThat(rows(html)).containsExactly("2");
        assertThat(html).contains("Showing the first 1 of 2.");
    }

    @Test
    void teamsAreAskedForInOneRequestAndStampedWithTheTimeInTheViewersZone() {
        world.server.answer(ADMIN, ALL + "?team=Growth&team=Payments", 200,
                world.contract.portfolio(ADMIN, "Growth", "Payments"));

        String html = world.dependencyStatus.render(parameters("teams", " Payments, Growth,,"),
                io.throughline.confluence.web.MacroContext.of(ADMIN, java.util.Locale.ENGLISH, java.time.ZoneId.of("Asia/Kolkata")));

        assertThat(world.server.requests()).containsExactly(
                ADMIN + " " + ALL + "?team=Growth&team=Payments&health=AT_RISK&health=BLOCKED&limit=200");
        assertThat(html).contains("As of 17:30");
    }

    @Test
    void badParametersGetOnePanelNamingEachParameterAndNoRequest() {
        String html = render(parameters("view", "grid", "maxRows", "5000", "includeDone", "maybe", "teams", "<b>"));

        assertThat(html).contains("aui-message-warning", "This Throughline macro needs its parameters fixed",
                "data-parameter=\"view\"", "Parameter view: &#34;grid&#34; is not allowed. Use matrix, list or both",
                "data-parameter=\"maxRows\"", "is not a whole number from 1 to 1,000",
                "data-parameter=\"includeDone\"", "Use true or false",
                "data-parameter=\"teams\"", "&#60;b&#62;");
        assertThat(world.server.requests()).isEmpty();
    }

    @Test
    void maxRowsOutsideOneToAThousandIsRefused() {
        assertThat(render(parameters("maxRows", "0"))).contains("data-parameter=\"maxRows\"");
        assertThat(render(parameters("maxRows", "1001"))).contains("data-parameter=\"maxRows\"");
        assertThat(render(parameters("maxRows", "-5"))).contains("data-parameter=\"maxRows\"");
        assertThat(render(parameters("maxRows", "1000"))).doesNotContain("data-parameter");
    }

    @Test
    void saysWhenJiraComputedTheOldestStatusItCountedInTheViewersZone() {
        java.time.ZoneId kiritimati = java.time.ZoneId.of("Pacific/Kiritimati");
        String computed = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(world.contract.world.clock.now().atZone(kiritimati));

        String html = world.dependencyStatus.render(Map.of(),
                io.throughline.confluence.web.MacroContext.of(ADMIN, java.util.Locale.ENGLISH, kiritimati));

        assertThat(between(html, "throughline-computed", "</p>"))
                .contains("the oldest status counted was computed " + computed + " (Pacific/Kiritimati)");
    }

    @Test
    void aJiraAppThatDoesNotSayWhenItComputedGetsNoStamp() {
        world.server.answer(ADMIN, ALL, 200, "{\"summary\":{\"ON_TRACK\":0,\"AT_RISK\":0,\"BLOCKED\":0,\"DONE\":0},"
                + "\"matrix\":[],\"dependencies\":[],\"cycles\":[]}");

        assertThat(render(Map.of())).doesNotContain("throughline-computed").contains("throughline-summary");
    }

    @Test
    void anAnonymousViewerIsAskedToLogInWithoutARequest() {
        String html = world.dependencyStatus.render(Map.of(), as(null));

        assertThat(html).contains("Log in to see this Throughline status");
        assertThat(world.server.requests()).isEmpty();
    }

    @Test
    void wellFormedJsonOfTheWrongShapeIsReportedAsUnreadable() {
        world.server.answer(ADMIN, ALL, 200, "{\"summary\":{\"ON_TRACK\":1,\"SIDEWAYS\":2},\"matrix\":[]}");

        String html = render(Map.of());

        assertThat(html).contains("Jira&#39;s answer could not be read", "same version of Throughline");
    }

    private String render(Map<String, String> parameters) {
        return world.dependencyStatus.render(parameters, as(ADMIN));
    }

    static List<String> rows(String html) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = ROW.matcher(html);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static List<String> lozenges(String html) {
        List<String> texts = new ArrayList<>();
        Matcher matcher = LOZENGE.matcher(html);
        while (matcher.find()) {
            texts.add(matcher.group(1));
        }
        return texts;
    }

    private static String matrixRow(String html, String consumer) {
        return between(between(html, "throughline-matrix", "</table>"), "<th scope=\"row\">" + consumer + "</th>", "</tr>");
    }

    static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("'%s' in %s", start, html).isNotNegative();
        int to = html.indexOf(end, from);
        return html.substring(from, to < 0 ? html.length() : to);
    }
}
