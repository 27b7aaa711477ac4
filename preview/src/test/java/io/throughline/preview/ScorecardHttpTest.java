package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /scorecard} and its CSV over HTTP on the demo: the rows a viewer may see with their
 * signals and trends, a past day, every wrong parameter named, and a CSV no spreadsheet would run.
 */
class ScorecardHttpTest {

    private static final String PATH = PreviewServer.REST_PATH + "/scorecard";
    private static RunningPreview preview;

    @BeforeAll
    static void start() {
        preview = new RunningPreview();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    private static List<String> keys(JsonNode card) {
        List<String> keys = new ArrayList<>();
        card.get("rows").forEach(row -> keys.add(row.get("initiative").asText()));
        return keys;
    }

    private static JsonNode row(JsonNode card, String key) {
        for (JsonNode row : card.get("rows")) {
            if (row.get("initiative").asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError(key + " is not on the scorecard: " + card);
    }

    @Test
    void theLeadSeesEveryInitiativeWithItsFiguresSignalsAndTrends() {
        RunningPreview.Reply reply = preview.get(PATH, "ops.lead");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode card = reply.json();
        assertThat(card.get("asOf").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(card.get("comparedWith").asText()).isEqualTo(LocalDate.now().minusWeeks(4).toString());
        assertThat(keys(card)).contains("GROW-1", "MOB-1", "PLAT-1", "SUP-1").isSorted();
        JsonNode support = row(card, "SUP-1");
        assertThat(support.get("stage").asText()).isEqualTo("SHIPPED");
        assertThat(support.get("signals").findValuesAsText("signal")).contains("SHIPPED_WITHOUT_DEPLOYMENT");
        assertThat(support.at("/outcome/readings").size()).isPositive();
        assertThat(row(card, "MOB-1").get("signals").findValuesAsText("signal")).contains("STALLED", "MOSTLY_DONE");
        assertThat(row(card, "MOB-1").get("trends").get("TRACE_DONE").asText()).isEqualTo("BETTER");
        assertThat(row(card, "MOB-1").at("/delivery/items").asInt()).isPositive();
        assertThat(support.get("trends").size()).isEqualTo(11);
        assertThat(card.get("teamRows").findValuesAsText("team")).contains("Growth", "Mobile", "Support");
        assertThat(card.get("teamRows").get(0).get("ackWeeks").size()).isEqualTo(12);
    }

    @Test
    void aLimitCutsTheRowsButNotTheTotalOrTheTeamsAndAWrongOneIsRefused() {
        JsonNode all = preview.get(PATH, "ops.lead").json();
        JsonNode two = preview.get(PATH + "?sort=key&limit=2", "ops.lead").json();

        assertThat(keys(two)).containsExactlyElementsOf(keys(all).subList(0, 2));
        assertThat(two.get("total").asInt()).isEqualTo(all.get("rows").size()).isGreaterThan(2);
        assertThat(two.get("teamRows")).isEqualTo(all.get("teamRows"));
        for (String wrong : List.of("0", "ten", "10001")) {
            RunningPreview.Reply refused = preview.get(PATH + "?limit=" + wrong, "ops.lead");
            assertThat(refused.status()).as(wrong).isEqualTo(400);
            assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("limit");
        }
    }

    @Test
    void theDemoRaisesEverySignalFromTheHistoryItRecorded() {
        JsonNode card = preview.get(PATH, "ops.lead").json();
        java.util.Set<String> raised = new java.util.TreeSet<>();
        card.get("rows").forEach(row -> raised.addAll(row.get("signals").findValuesAsText("signal")));
        card.get("teamRows").forEach(team -> raised.addAll(preview.get(PreviewServer.REST_PATH + "/teams/"
                + team.get("team").asText() + "/signals", "ops.lead").json().get("signals").findValuesAsText("signal")));

        assertThat(raised).containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(
                io.throughline.core.signal.Signal.values()).map(Enum::name).toList());
        assertThat(row(card, "BILL-2").get("signals").findValuesAsText("signal"))
                .as("committed a month ago with nothing started, its horizon passed without a reading")
                .containsExactly("NOT_STARTED", "HORIZON_PASSED");
        assertThat(row(card, "SUP-1").get("signals").findValuesAsText("signal"))
                .as("shipped with the agent hand-off still in progress").contains("STAGE_CONTRADICTS_TRACE");
        assertThat(row(card, "MOB-1").get("signals").findValuesAsText("signal"))
                .as("releases every six days instead of eight, and more of them fail").contains("SPEED_BORROWED")
                .doesNotContain("OUTPUT_WITHOUT_OUTCOME");
    }

    @Test
    void filtersAndOrderAreTheQuerysAndAPastDayIsItsOwn() {
        JsonNode stalled = preview.get(PATH + "?signal=STALLED", "ops.lead").json();
        assertThat(keys(stalled)).isNotEmpty().allSatisfy(key -> assertThat(row(stalled, key)
                .get("signals").findValuesAsText("signal")).contains("STALLED"));

        JsonNode shipped = preview.get(PATH + "?stage=shipped&team=Support", "ops.lead").json();
        assertThat(keys(shipped)).containsExactly("SUP-1");

        JsonNode descending = preview.get(PATH + "?sort=key&order=desc", "ops.lead").json();
        assertThat(keys(descending)).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        String past = LocalDate.now().minusDays(20).toString();
        RunningPreview.Reply then = preview.get(PATH + "?asOf=" + past, "ops.lead");
        assertThat(then.status()).as(then.body()).isEqualTo(200);
        assertThat(then.json().get("asOf").asText()).isEqualTo(past);
        assertThat(then.json().get("rows").findValuesAsText("day"))
                .allSatisfy(day -> assertThat(LocalDate.parse(day)).isBeforeOrEqualTo(LocalDate.parse(past)));
    }

    @Test
    void everyWrongParameterIsNamedAndAGuestSeesOnlyWhatTheyMayBrowse() {
        RunningPreview.Reply bad = preview.get(PATH + "?asOf=yesterday&stage=done&health=green&sort=colour", "ops.lead");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("asOf", "stage", "health", "sort");
        RunningPreview.Reply future = preview.get(PATH + "?asOf=" + LocalDate.now().plusDays(1), "ops.lead");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").findValuesAsText("field")).containsExactly("asOf");
        assertThat(preview.get(PATH + "?team=Nowhere", "ops.lead").json().get("errors").findValuesAsText("field"))
                .containsExactly("team");
        assertThat(preview.get(PATH, "nobody").status()).isEqualTo(401);

        JsonNode guest = preview.get(PATH, "guest").json();
        assertThat(keys(guest)).isNotEmpty().allSatisfy(key -> assertThat(key).startsWith("GROW-"));
    }

    @Test
    void theCsvHasThePagesColumnsAndNoCellASpreadsheetWouldRun() {
        String summary = "=HYPERLINK(\\\"https://evil.example\\\",\\\"click\\\")";
        RunningPreview.Reply created = preview.post("/preview/initiatives", "ops.lead",
                "{\"key\":\"BILL-9\",\"summary\":\"" + summary + "\",\"team\":\"Billing\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        preview.post("/preview/initiatives", "ops.lead", "{\"key\":\"BILL-8\",\"summary\":\"@SUM(1+1)\",\"team\":\"Billing\"}");

        RunningPreview.Reply csv = preview.get(PATH + "/csv?team=Billing&columns=outcome,signals", "ops.lead");

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"throughline-scorecard-" + LocalDate.now() + ".csv\"");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("Key,Summary,Team,Stage,Owner,Baseline → latest → target,"
                + "Progress,Trend: Progress,Horizon,Signals,Trend: Signals");
        assertThat(csv.body()).contains("BILL-9,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\",Billing,Bet,")
                .contains("BILL-8,'@SUM(1+1),Billing,Bet,");
        assertThat(lines).filteredOn(line -> line.startsWith("BILL-")).hasSize(4);
        assertThat(csv.body()).doesNotContain(",=", ",@", ",+");
    }
}
