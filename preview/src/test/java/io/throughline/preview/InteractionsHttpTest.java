package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET|PUT /admin/interactions} over HTTP: administrators only (401 for nobody known, 403 anyone
 * else), bad rows refused by row and field with nothing stored, a stale version refused, and the
 * demo's pairs (Growth and Data left without a mode) as the portfolio shows them.
 */
class InteractionsHttpTest {

    private static final String PATH = PreviewServer.REST_PATH + "/admin/interactions";
    private static RunningPreview preview;

    @BeforeAll
    static void start() {
        preview = new RunningPreview();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    private static RunningPreview.Reply put(String user, String json, String ifMatch) {
        HttpRequest.Builder request = preview.request(PATH, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        return preview.send(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }

    private static List<String> pairs(JsonNode table) {
        List<String> pairs = new ArrayList<>();
        table.forEach(row -> pairs.add(row.get("consumerTeam").asText() + "→" + row.get("providerTeam").asText()
                + " " + row.get("mode").asText() + " " + row.get("ackSlaDays").asInt()));
        return pairs;
    }

    @Test
    void anAdminReadsTheDemosTableWithItsVersionAndOnlyAdminsMay() {
        RunningPreview.Reply table = preview.get(PATH, "ops.lead");

        assertThat(table.status()).isEqualTo(200);
        assertThat(table.headers().firstValue("ETag")).isPresent();
        assertThat(pairs(table.json())).contains("Growth→Identity X_AS_A_SERVICE 1", "Mobile→Data X_AS_A_SERVICE 2",
                "Support→Data FACILITATING 5").noneMatch(pair -> pair.startsWith("Growth→Data"));
        assertThat(preview.get(PATH, "pm.growth").status()).isEqualTo(403);
        assertThat(preview.get(PATH, "nobody").status()).isEqualTo(401);
        assertThat(put("pm.growth", "[]", null).status()).isEqualTo(403);
        assertThat(put("nobody", "[]", null).status()).isEqualTo(401);
        assertThat(pairs(preview.get(PATH, "ops.lead").json())).isEqualTo(pairs(table.json()));
    }

    @Test
    void badRowsAreNamedByRowAndFieldAndNothingIsStored() {
        RunningPreview.Reply before = preview.get(PATH, "ops.lead");

        RunningPreview.Reply refused = put("ops.lead", "[{\"consumerTeam\":\"Growth\",\"providerTeam\":\"Data\","
                + "\"mode\":\"COLLABORATION\"},{\"consumerTeam\":\"Nobody\",\"providerTeam\":\"Data\",\"mode\":\"PAIRING\","
                + "\"ackSlaDays\":-2},{\"consumerTeam\":\"Data\",\"providerTeam\":\"data\",\"mode\":\"FACILITATING\"},"
                + "{\"consumerTeam\":\"growth\",\"providerTeam\":\"DATA\",\"mode\":\"FACILITATING\",\"ackSlaDays\":2.5}]", null);

        assertThat(refused.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactly("[1].consumerTeam", "[1].mode", "[1].ackSlaDays", "[2].providerTeam",
                "[3].ackSlaDays", "[3].providerTeam");
        assertThat(refused.json().at("/errors/1/message").asText()).contains("PAIRING", "COLLABORATION");
        RunningPreview.Reply after = preview.get(PATH, "ops.lead");
        assertThat(after.body()).isEqualTo(before.body());
        assertThat(after.headers().firstValue("ETag")).isEqualTo(before.headers().firstValue("ETag"));
        assertThat(put("ops.lead", "{\"consumerTeam\":\"Growth\"}", null).status()).isEqualTo(400);
    }

    @Test
    void aReplacementMovesTheVersionOnAndAWriterHoldingTheOldOneGets409() {
        RunningPreview.Reply before = preview.get(PATH, "ops.lead");
        String version = before.headers().firstValue("ETag").orElseThrow();
        String table = before.body().replace("\"Growth\",\"providerTeam\":\"Billing\",\"mode\":\"X_AS_A_SERVICE\"",
                "\"Growth\",\"providerTeam\":\"Billing\",\"mode\":\"COLLABORATION\"");

        RunningPreview.Reply saved = put("ops.lead", table, version);
        RunningPreview.Reply stale = put("ops.lead", "[]", version);

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(version);
        assertThat(pairs(saved.json())).contains("Growth→Billing COLLABORATION 2");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().at("/errors/0/message").asText()).contains("changed the team interactions meanwhile");
        assertThat(pairs(preview.get(PATH, "ops.lead").json())).isEqualTo(pairs(saved.json()));
    }

    @Test
    void thePortfolioShowsThePairsModeAndFlagsThePairWithout() {
        JsonNode portfolio = preview.get(PreviewServer.REST_PATH + "/portfolio/dependencies", "ops.lead").json();

        JsonNode growthData = null;
        JsonNode growthIdentity = null;
        for (JsonNode row : portfolio.get("dependencies")) {
            String pair = row.get("consumerTeam").asText() + "→" + row.get("providerTeam").asText();
            growthData = pair.equals("Growth→Data") ? row : growthData;
            growthIdentity = pair.equals("Growth→Identity") ? row : growthIdentity;
        }
        assertThat(growthData).isNotNull();
        assertThat(growthData.get("noInteractionContract").asBoolean()).isTrue();
        assertThat(growthData.get("noInteractionContractReason").asText())
                .isEqualTo("Growth and Data have no agreed way of working together");
        assertThat(growthData.get("health").asText()).isEqualTo("ON_TRACK");
        // Asked two days ago of a team that answers within one day: at risk, where five days would not be.
        assertThat(growthIdentity.get("interactionMode").asText()).isEqualTo("X_AS_A_SERVICE");
        assertThat(growthIdentity.get("health").asText()).isEqualTo("AT_RISK");
        assertThat(growthIdentity.get("reasons").get(0).asText()).startsWith("Waiting 2 days for Identity");
        RunningPreview.Reply page = preview.get("/", "ops.lead");
        assertThat(page.body()).contains("id=\"team-pairs\"", "data-consumer=\"Growth\" data-provider=\"Data\" data-mode=\"\"",
                "Growth and Data have no agreed way of working together", "X as a service, answered within 1 day");
    }
}
