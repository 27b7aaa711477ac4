package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The preview's portfolio over its stored dependency statuses: a capped list is the head of the whole
 * one with the same counts, and a request on a blocked initiative's work is blocked the moment it is made.
 */
class StoredStatusesHttpTest {

    private static final String PORTFOLIO = PreviewServer.REST_PATH + "/portfolio/dependencies";
    private static RunningPreview preview;

    @BeforeAll
    static void start() {
        preview = new RunningPreview();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    private static List<Long> ids(JsonNode portfolio) {
        List<Long> ids = new ArrayList<>();
        portfolio.get("dependencies").forEach(row -> ids.add(row.get("id").asLong()));
        return ids;
    }

    @Test
    void aCappedListIsTheHeadOfTheWholeOneAndCountsTheSame() {
        JsonNode whole = preview.get(PORTFOLIO, "ops.lead").json();
        JsonNode capped = preview.get(PORTFOLIO + "?limit=3", "ops.lead").json();

        assertThat(ids(capped)).hasSize(3).isEqualTo(ids(whole).subList(0, 3));
        assertThat(capped.get("dependenciesMatching").asInt()).isEqualTo(ids(whole).size());
        assertThat(capped.get("summary")).isEqualTo(whole.get("summary"));
        assertThat(capped.get("matrix")).isEqualTo(whole.get("matrix"));
        assertThat(Instant.parse(capped.get("asOf").asText())).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void aRequestOnTheWorkOfABlockedInitiativeIsBlockedTheMomentItIsMade() {
        // DATA-1 is blocked in the demo (Platform has not delivered its topic quotas in time).
        assertThat(preview.get(PORTFOLIO, "ops.lead").body()).contains("Provider initiative DATA-1 is blocked");
        RunningPreview.Reply made = preview.post(PreviewServer.REST_PATH + "/initiatives/GROW-2/dependencies",
                "pm.growth", "{\"providerTeam\":\"Data\",\"providerIssueKey\":\"DATA-1\",\"description\":"
                        + "\"Warehouse export of trial sign-ups\",\"neededBy\":\"" + LocalDate.now().plusDays(20) + "\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = made.json().get("id").asLong();

        JsonNode blocked = preview.get(PORTFOLIO + "?health=BLOCKED", "ops.lead").json();

        JsonNode row = null;
        for (JsonNode candidate : blocked.get("dependencies")) {
            if (candidate.get("id").asLong() == id) {
                row = candidate;
            }
        }
        assertThat(row).as("the new request among the blocked ones").isNotNull();
        assertThat(row.get("reasons").toString()).contains("Provider initiative DATA-1 is blocked");
    }
}
