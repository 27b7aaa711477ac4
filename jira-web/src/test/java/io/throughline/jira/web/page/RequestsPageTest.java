package io.throughline.jira.web.page;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.TestWorld;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The providing team's queue: which teams, which rows in which order, the answers offered, every value escaped. */
class RequestsPageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Team GROWTH = Team.of("Growth");
    private static final Team DATA = Team.of("Data");
    private static final Team BILLING = Team.of("Billing");
    private static final RequestsPage.Links LINKS =
            new RequestsPage.Links("/jira/plugins/servlet/throughline/requests", "/jira/rest/throughline/1.0", "/jira/browse/");
    private static final Pattern ROW = Pattern.compile("<tr class=\"throughline-request\" data-dependency-id=\"(\\d+)\"");

    private final TestWorld world = new TestWorld(TODAY, GROWTH, DATA, BILLING);
    private final UserRef lead = world.admin("ops.lead");
    private final UserRef dataLead = UserRef.of("lead.data");
    private final UserRef stranger = UserRef.of("someone.else");
    private RequestsPage page;

    static Stream<String> payloads() {
        return XssPayloads.ALL.stream();
    }

    @BeforeEach
    void setUp() {
        world.permissions.member(dataLead, DATA, BILLING);
        page = new RequestsPage(ViewText.forLocale(Locale.ENGLISH), world.app.portfolio(), world.clock);
        save("GROW-1", "Growth", "Activation");
        save("BILL-1", "Billing", "Invoices");
    }

    @Test
    void requestsWaitingForAnAnswerComeFirstThenCommitmentsEachByNeededBy() {
        Dependency late = request("GROW-1", "Needed late", TODAY.plusDays(40));
        Dependency soon = request("GROW-1", "Needed soon", TODAY.plusDays(10));
        Dependency committed = request("BILL-1", "Committed one", TODAY.plusDays(5));
        Dependency otherTeam = world.app.dependencies().request(lead, InitiativeKey.parse("BILL-1"),
                new DependencyForm("Growth", null, "Asked of Growth", TODAY.plusDays(3).toString()));
        world.app.dependencies().commit(dataLead, committed.id(), TODAY.plusDays(4).toString());

        String html = page.body(dataLead, "Data", LINKS);

        assertThat(rows(html)).containsExactly(soon.id().value(), late.id().value(), committed.id().value())
                .doesNotContain(otherTeam.id().value());
        String waiting = html.substring(html.indexOf("id=\"requests-waiting\""), html.indexOf("id=\"requests-committed-title\""));
        assertThat(rows(waiting)).containsExactly(soon.id().value(), late.id().value());
        assertThat(html).contains("Waiting for an answer (2)", "Committed, not yet delivered (1)", "Committed for 2026-03-06");
    }

    @Test
    void thePickerListsOnlyTheTeamsTheViewerAnswersForAndShowsTheFirstByDefault() {
        request("GROW-1", "Asked of Data", TODAY.plusDays(10));

        String html = page.body(dataLead, null, LINKS);

        assertThat(html).contains("<option value=\"Billing\" selected>Billing</option>", "<option value=\"Data\">Data</option>",
                "action=\"/jira/plugins/servlet/throughline/requests\"", "name=\"team\"")
                .doesNotContain("value=\"Growth\"");
        assertThat(html).contains("Nothing is waiting for an answer from Billing.",
                "Billing has no commitment waiting to be delivered.");
        assertThat(page.body(dataLead, "data", LINKS)).contains("<option value=\"Data\" selected>Data</option>",
                "Asked of Data");
    }

    @Test
    void someoneWhoAnswersForNoTeamIsToldSoInWords() {
        String html = page.body(stranger, null, LINKS);

        assertThat(html).contains("id=\"requests-no-team\"", "You do not answer for any team")
                .doesNotContain("<table", "<select");
        assertThat(page.body(stranger, "Data", LINKS)).contains("You do not answer for any team");
    }

    @Test
    void aTeamTheViewerDoesNotAnswerForIsRefusedWithTheCoresWordsAndNoRows() {
        request("GROW-1", "Asked of Data", TODAY.plusDays(10));
        UserRef growthMember = UserRef.of("pm.growth");
        world.permissions.member(growthMember, GROWTH);

        String html = page.body(growthMember, "Data", LINKS);

        assertThat(html).contains("id=\"requests-refused\"").doesNotContain("Asked of Data", "<table");
        assertThat(page.body(growthMember, "Nonexistent", LINKS)).contains("id=\"requests-refused\"")
                .doesNotContain("<table");
    }

    @Test
    void aRequestOffersCommitWithADateAndDeclineWithAReasonAndACommitmentItsMoveAndDelivery() {
        Dependency waiting = request("GROW-1", "Waiting", TODAY.plusDays(20));
        Dependency overdue = request("GROW-1", "Overdue", TODAY.plusDays(1));
        Dependency committed = request("GROW-1", "Committed", TODAY.plusDays(30));
        world.app.dependencies().commit(dataLead, committed.id(), TODAY.plusDays(25).toString());
        world.clock.advanceDays(7);

        String html = page.body(dataLead, "Data", LINKS);

        String first = rowHtml(html, waiting);
        assertThat(first).contains("data-throughline-request-action=\"commit\"", "name=\"committedDate\" min=\"2026-03-09\" value=\"2026-03-22\"",
                "data-throughline-request-action=\"decline\"", "name=\"reason\" maxlength=\"450\"", "Date you commit to",
                "Reason for declining", "7 days ago", "<a class=\"throughline-request-consumer\" href=\"/jira/browse/GROW-1\">GROW-1</a> Activation",
                "Team Growth", "aui-lozenge-moved", "At risk")
                .doesNotContain("data-throughline-request-action=\"deliver\"");
        assertThat(rowHtml(html, overdue)).contains("aui-lozenge-removed", "Blocked", "value=\"2026-03-09\"",
                "<ul class=\"throughline-reasons\"");
        assertThat(rowHtml(html, committed)).contains("data-throughline-request-action=\"revise\"",
                "data-throughline-request-action=\"deliver\"", "data-confirm=\"Mark this dependency delivered?",
                "value=\"2026-03-27\"", "Why it moves", "aui-lozenge-current", "On track")
                .doesNotContain("data-throughline-request-action=\"commit\"");
        assertThat(html).contains("data-rest-base=\"/jira/rest/throughline/1.0\"", "data-throughline-requests",
                "data-error-generic=\"The answer could not be saved.");
    }

    @Test
    void aScriptInASummaryOrADescriptionStaysText() {
        save("GROW-2", "Growth", "<script>alert(1)</script>");
        request("GROW-2", "\"><img src=x onerror=alert(1)>", TODAY.plusDays(10));

        String html = page.body(dataLead, "Data", LINKS);

        assertThat(html).contains("&#60;script&#62;alert(1)&#60;/script&#62;", "&#34;&#62;&#60;img src&#61;x onerror&#61;alert(1)&#62;")
                .doesNotContain("<script>", "<img");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void hostileTextAnywhereStaysText(String payload) throws IOException {
        save("GROW-2", "Growth", payload);
        Dependency asked = request("GROW-2", payload, TODAY.plusDays(10));
        request("GROW-2", payload, TODAY.plusDays(1));
        world.app.dependencies().decline(dataLead, request("GROW-2", payload, TODAY.plusDays(2)).id(), payload);
        world.app.dependencies().commit(dataLead, asked.id(), TODAY.plusDays(9).toString());
        world.clock.advanceDays(3);

        String html = page.body(dataLead, "Data", LINKS);

        RenderedHtml.of(Files.readString(Path.of("src/main/java/io/throughline/jira/web/page/RequestsPage.java")))
                .assertOnlyTemplateMarkup(html);
        assertThat(rows(html)).hasSize(2);
    }

    private void save(String key, String team, String summary) {
        world.app.initiatives().save(lead, initiative(key).team(team).summary(summary).build());
    }

    private Dependency request(String consumer, String description, LocalDate neededBy) {
        return world.app.dependencies().request(lead, InitiativeKey.parse(consumer),
                new DependencyForm("Data", null, description, neededBy.toString()));
    }

    private static List<Long> rows(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            ids.add(Long.parseLong(row.group(1)));
        }
        return ids;
    }

    private static String rowHtml(String html, Dependency dependency) {
        int start = html.indexOf("data-dependency-id=\"" + dependency.id().value() + "\" data-state");
        assertThat(start).as("row of " + dependency.id()).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
