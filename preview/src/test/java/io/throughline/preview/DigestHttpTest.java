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
 * {@code GET /digest} over HTTP on the demo's last seven days: SUP-1 shipped six days ago, evidence and an
 * assistant's proposals on MOB-1, PLAT-1's metric changed, Data's export for MOB-1 slipped a week and was
 * blocked through its provider, Mobile's push gateway withdrawn; wrong days refused naming {@code since}; the guest reads Growth only.
 */
class DigestHttpTest {

    private static final String PATH = PreviewServer.REST_PATH + "/digest";
    private static RunningPreview preview;

    @BeforeAll
    static void start() {
        preview = new RunningPreview();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    private static List<String> keys(JsonNode digest) {
        List<String> keys = new ArrayList<>();
        digest.get("initiatives").forEach(one -> keys.add(one.get("initiative").asText()));
        return keys;
    }

    private static JsonNode entry(JsonNode digest, String key) {
        for (JsonNode one : digest.get("initiatives")) {
            if (one.get("initiative").asText().equals(key)) {
                return one;
            }
        }
        throw new AssertionError(key + " is not in the digest: " + digest);
    }

    @Test
    void theLeadReadsTheDemosLastSevenDays() {
        RunningPreview.Reply reply = preview.get(PATH, "ops.lead");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode digest = reply.json();
        assertThat(digest.get("since").asText()).isEqualTo(LocalDate.now().minusDays(7).toString());
        assertThat(keys(digest)).contains("SUP-1", "MOB-1", "PLAT-1", "GROW-2").isSorted();

        JsonNode support = entry(digest, "SUP-1");
        assertThat(support.at("/stages/moves").findValuesAsText("to")).containsExactly("SHIPPED");
        assertThat(support.at("/stages/atEnd").asText()).isEqualTo("SHIPPED");
        assertThat(support.at("/evidence/byKind/METRIC_READING").asInt()).isEqualTo(1);

        JsonNode mobile = entry(digest, "MOB-1");
        assertThat(mobile.at("/evidence/entries").findValuesAsText("provenance"))
                .as("the crash export, and the review summary a person confirmed").contains("INTEGRATION", "ASSISTANT");
        assertThat(mobile.at("/evidence/proposals").findValuesAsText("tool")).containsExactly("Copy assistant");
        assertThat(mobile.at("/dependencies/slips/0/slipDays").asLong()).isEqualTo(7);
        assertThat(mobile.at("/dependencies/slips/0/providerTeam").asText()).isEqualTo("Data");
        JsonNode blocked = mobile.at("/dependencies/newlyBlocked/0");
        assertThat(blocked.get("description").asText()).isEqualTo("Usage events export for offline sync");
        assertThat(blocked.get("healthBefore").asText()).isEqualTo("ON_TRACK");
        assertThat(blocked.get("reasons").get(0).asText()).as("its provider became blocked in the week")
                .isEqualTo("Provider initiative DATA-1 is blocked");
        assertThat(mobile.at("/dependencies/withdrawn/0/reason").asText())
                .isEqualTo("Offline sync moved to polling: no push needed");

        JsonNode platform = entry(digest, "PLAT-1");
        assertThat(platform.at("/contractChanges/0/field").asText()).isEqualTo("SUCCESS_METRIC");
        assertThat(platform.at("/contractChanges/0/after").asText()).isEqualTo("p95 event latency: 900 ms -> 350 ms");

        JsonNode totals = digest.get("totals");
        assertThat(totals.get("stageMoves").asInt()).isPositive();
        assertThat(totals.get("evidence").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(totals.get("slips").asInt()).isEqualTo(1);
        assertThat(totals.get("withdrawn").asInt()).isEqualTo(1);
        assertThat(totals.get("initiatives").asInt()).isEqualTo(digest.get("initiatives").size());
    }

    @Test
    void aTeamReadsItsInitiativesAndTheRequestsMadeOfIt() {
        JsonNode data = preview.get(PATH + "?team=data", "lead.data").json();

        assertThat(data.get("teams").get(0).asText()).isEqualTo("Data");
        assertThat(data.get("teamAsked").asBoolean()).isTrue();
        JsonNode mobile = entry(data, "MOB-1");
        assertThat(mobile.get("own").asBoolean()).as("listed for its request to Data").isFalse();
        assertThat(mobile.at("/dependencies/slips/0/providerIssueKey").asText()).isEqualTo("DATA-1");
        assertThat(mobile.at("/dependencies/withdrawn")).as("the push gateway was Platform's").isEmpty();
        assertThat(mobile.at("/evidence/entries")).isEmpty();
    }

    @Test
    void theGuestSeesGrowthOnly() {
        RunningPreview.Reply reply = preview.get(PATH + "?since=" + LocalDate.now().minusDays(30), "guest");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(keys(reply.json())).isNotEmpty().allSatisfy(key -> assertThat(key).startsWith("GROW-"));
        assertThat(reply.body()).doesNotContain("SUP-1", "MOB-1", "IDN-8");
        assertThat(keys(preview.get(PATH + "?team=Mobile", "guest").json())).doesNotContain("MOB-1");
    }

    @Test
    void aWrongDayIsRefusedNamingSince() {
        String today = LocalDate.now().toString();
        for (String since : List.of("last-week", "2026-13-01", "01.12.2026", LocalDate.now().plusDays(1).toString(),
                LocalDate.now().minusDays(367).toString())) {
            RunningPreview.Reply refused = preview.get(PATH + "?since=" + since, "ops.lead");
            assertThat(refused.status()).as(since).isEqualTo(400);
            assertThat(refused.json().get("errors").findValuesAsText("field")).as(since).containsExactly("since");
        }
        assertThat(preview.get(PATH + "?since=" + LocalDate.now().plusDays(1), "ops.lead").json()
                .at("/errors/0/message").asText()).contains("after today (" + today + ")");
        assertThat(preview.get(PATH + "?since=" + today, "ops.lead").status()).isEqualTo(200);
        RunningPreview.Reply team = preview.get(PATH + "?team=Nobody", "ops.lead");
        assertThat(team.status()).isEqualTo(400);
        assertThat(team.json().get("errors").findValuesAsText("field")).containsExactly("team");
        assertThat(preview.get(PATH, "nobody").status()).as("not a user").isEqualTo(401);
    }
}
