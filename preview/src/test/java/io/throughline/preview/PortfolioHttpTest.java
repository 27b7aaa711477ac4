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
 * {@code GET /portfolio/initiatives} and its CSV over HTTP on the demo: the initiatives by stage with
 * the gates ahead judged for the page, the scorecard's filters and refusals, and a CSV of every row
 * that names the gate ahead and that no spreadsheet would run.
 */
class PortfolioHttpTest {

    private static final String PATH = PreviewServer.REST_PATH + "/portfolio/initiatives";
    private static RunningPreview preview;

    @BeforeAll
    static void start() {
        preview = new RunningPreview();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    private static List<String> keys(JsonNode portfolio) {
        List<String> keys = new ArrayList<>();
        portfolio.get("rows").forEach(row -> keys.add(row.get("key").asText()));
        return keys;
    }

    private static JsonNode row(JsonNode portfolio, String key) {
        for (JsonNode row : portfolio.get("rows")) {
            if (row.get("key").asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError(key + " is not on the portfolio: " + portfolio);
    }

    @Test
    void theLeadSeesEveryInitiativeByStageWithTheGatesAheadJudged() {
        RunningPreview.Reply reply = preview.get(PATH, "ops.lead");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode portfolio = reply.json();
        assertThat(keys(portfolio)).contains("GROW-1", "GROW-2", "MOB-1", "SUP-1", "DATA-1");
        assertThat(portfolio.get("page").asInt()).isEqualTo(1);
        assertThat(portfolio.get("pageSize").asInt()).isEqualTo(50);
        List<String> stages = portfolio.get("sections").findValuesAsText("stage");
        assertThat(stages).isSortedAccordingTo(java.util.Comparator.comparing(
                stage -> io.throughline.core.initiative.Stage.valueOf(stage).ordinal()));
        assertThat(portfolio.get("rows").findValuesAsText("stage")).isSortedAccordingTo(java.util.Comparator.comparing(
                stage -> io.throughline.core.initiative.Stage.valueOf(stage).ordinal()));
        JsonNode support = row(portfolio, "SUP-1");
        assertThat(support.get("stage").asText()).isEqualTo("SHIPPED");
        assertThat(support.get("gates").findValuesAsText("gate")).containsExactly("outcome", "invalidation");
        assertThat(support.get("signals").findValuesAsText("signal")).contains("SHIPPED_WITHOUT_DEPLOYMENT");
        JsonNode bet = row(portfolio, "GROW-2");
        assertThat(bet.get("stage").asText()).isEqualTo("BET");
        assertThat(bet.at("/gates/0/gate").asText()).isEqualTo("commit");
        assertThat(bet.at("/gates/0/ready").asBoolean()).isTrue();
        assertThat(row(portfolio, "DATA-1").get("health").asText()).isEqualTo("BLOCKED");
        assertThat(row(portfolio, "MOB-1").get("gates")).isEmpty();
        for (JsonNode section : portfolio.get("sections")) {
            if (section.get("stage").asText().equals("SHIPPED")) {
                assertThat(section.get("gatesAhead").toString()).isEqualTo("[\"outcome\",\"invalidation\"]");
            }
        }
    }

    @Test
    void theScorecardsFiltersApplyAndEveryWrongOneIsNamed() {
        JsonNode growth = preview.get(PATH + "?team=Growth&sort=key&order=desc", "ops.lead").json();
        assertThat(keys(growth)).isNotEmpty().allSatisfy(key -> assertThat(key).startsWith("GROW-"));
        JsonNode stalled = preview.get(PATH + "?signal=STALLED", "ops.lead").json();
        assertThat(keys(stalled)).contains("MOB-1").doesNotContain("SUP-1");
        JsonNode blocked = preview.get(PATH + "?health=blocked", "ops.lead").json();
        assertThat(blocked.get("rows").findValuesAsText("health")).isNotEmpty().containsOnly("BLOCKED");

        RunningPreview.Reply bad = preview.get(PATH + "?stage=done&health=green&sort=colour&order=up", "ops.lead");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("stage", "health", "sort", "order");
        assertThat(preview.get(PATH + "?team=Nowhere", "ops.lead").json().get("errors").findValuesAsText("field"))
                .containsExactly("team");
        assertThat(preview.get(PATH, "nobody").status()).isEqualTo(401);
        assertThat(keys(preview.get(PATH, "guest").json())).isNotEmpty()
                .allSatisfy(key -> assertThat(key).startsWith("GROW-"));
    }

    @Test
    void theCsvHasEveryRowWithTheGateAheadNamedAndNoCellASpreadsheetWouldRun() {
        String summary = "=HYPERLINK(\\\"https://evil.example\\\",\\\"click\\\")";
        RunningPreview.Reply created = preview.post("/preview/initiatives", "ops.lead",
                "{\"key\":\"BILL-9\",\"summary\":\"" + summary + "\",\"team\":\"Billing\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        preview.post("/preview/initiatives", "ops.lead", "{\"key\":\"BILL-8\",\"summary\":\"@SUM(1+1)\",\"team\":\"Billing\"}");

        RunningPreview.Reply csv = preview.get(PATH + "/csv?team=Billing", "ops.lead");

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"throughline-portfolio-" + LocalDate.now() + ".csv\"");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("Key,Summary,Team,Stage,Owner,Dependency health,Signals,Gate ahead,Delivery");
        assertThat(csv.body()).contains("BILL-9,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\",Billing,Bet,")
                .contains("BILL-8,'@SUM(1+1),Billing,Bet,");
        assertThat(lines).filteredOn(line -> line.startsWith("BILL-8,") || line.startsWith("BILL-9,"))
                .allSatisfy(line -> assertThat(line).contains(",commit gate,"));
        assertThat(csv.body()).doesNotContain(",=", ",@", ",+");
        JsonNode page = preview.get(PATH + "?team=Billing", "ops.lead").json();
        assertThat(lines).hasSize(page.get("total").asInt() + 1);
        assertThat(preview.get(PATH + "/csv?stage=nowhere", "ops.lead").status()).isEqualTo(400);
    }
}
