package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The delivery trace over HTTP against the demo: GROW-1's work across three teams, as each viewer may see it. */
class DeliveryTraceHttpTest {

    private static final String API = PreviewServer.REST_PATH;
    private static RunningPreview preview;

    @BeforeAll
    static void start() {
        preview = new RunningPreview();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    private static List<String> keys(JsonNode trace) {
        List<String> keys = new ArrayList<>();
        trace.get("items").forEach(item -> keys.add(item.get("key").asText()));
        return keys;
    }

    @Test
    void grow1sTraceSpansGrowthIdentityAndDataWithProgress() {
        JsonNode trace = preview.get(API + "/initiatives/GROW-1/trace", "pm.growth").json();

        assertThat(keys(trace)).containsExactly("GROW-10", "DATA-8", "GROW-11", "GROW-12", "IDN-8", "GROW-13");
        assertThat(trace.get("progress").get("items").asInt()).isEqualTo(6);
        assertThat(trace.get("progress").get("done").asInt()).isEqualTo(1);
        assertThat(trace.get("progress").get("inProgress").asInt()).isEqualTo(3);
        assertThat(trace.get("progress").get("points").get("total").asInt()).isEqualTo(16);
        assertThat(trace.get("teams")).extracting(team -> team.get("team").asText())
                .containsExactly("Data", "Growth", "Identity");
        assertThat(trace.get("items").get(5).get("via").asText()).isEqualTo("SUBTASK");
        assertThat(trace.get("items").get(1).get("via").asText()).isEqualTo("EPIC");
    }

    @Test
    void aGuestSeesOnlyTheWorkInProjectsTheyMayBrowse() {
        JsonNode trace = preview.get(API + "/initiatives/GROW-1/trace", "guest").json();

        assertThat(keys(trace)).containsExactly("GROW-10", "GROW-11", "GROW-12", "GROW-13");
        assertThat(preview.get(API + "/initiatives/PLAT-1/trace", "guest").status()).isEqualTo(404);
    }

    @Test
    void theDeliveringInitiativesMoveWellStallOrSitAtNinetyPercent() {
        assertThat(preview.get(API + "/initiatives/MOB-1/trace", "ops.lead").json().get("progress").get("percentDone").asInt())
                .isEqualTo(90);
        assertThat(preview.get(API + "/initiatives/PLAT-1/trace", "ops.lead").json().get("progress").get("done").asInt())
                .isEqualTo(3);
        assertThat(preview.get(API + "/initiatives/DATA-1/trace", "ops.lead").json().get("lastActivity").asText())
                .isLessThan(preview.get(API + "/initiatives/PLAT-1/trace", "ops.lead").json().get("lastActivity").asText());
    }

    @Test
    void creatingAndMovingAnIssueChangesTheTrace() {
        RunningPreview.Reply created = preview.post("/preview/issues", "pm.growth", "{\"key\": \"GROW-40\", \"summary\":"
                + " \"Welcome video\", \"type\": \"Story\", \"team\": \"Growth\", \"parent\": \"GROW-10\", \"points\": 2}");
        RunningPreview.Reply again = preview.post("/preview/issues", "pm.growth", "{\"key\": \"GROW-40\", \"summary\":"
                + " \"Welcome video\", \"type\": \"Story\", \"team\": \"Growth\", \"parent\": \"GROW-10\"}");
        RunningPreview.Reply moved = preview.post("/preview/issues/GROW-40/status", "pm.growth", "{\"status\": \"done\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("status").asText()).isEqualTo("Done");
        JsonNode trace = preview.get(API + "/initiatives/GROW-1/trace", "pm.growth").json();
        assertThat(keys(trace)).contains("GROW-40");
        assertThat(trace.get("progress").get("done").asInt()).isEqualTo(2);
    }

    @Test
    void badIssuesAreRefusedFieldByFieldAndNothingIsStored() {
        RunningPreview.Reply refused = preview.post("/preview/issues", "pm.growth", "{\"key\": \"GROW-41\", \"summary\": \" \","
                + " \"type\": \"Saga\", \"team\": \"Nobody\", \"parent\": \"GROW-13\", \"delivers\": \"PLAT-1\", \"points\": \"-1\"}");
        RunningPreview.Reply subTaskOfSubTask = preview.post("/preview/issues", "pm.growth", "{\"key\": \"GROW-42\","
                + " \"summary\": \"Nested\", \"type\": \"Sub-task\", \"team\": \"Growth\", \"parent\": \"GROW-13\"}");
        RunningPreview.Reply elsewhere = preview.post("/preview/issues", "pm.growth", "{\"key\": \"PLAT-40\","
                + " \"summary\": \"Not mine\", \"type\": \"Story\", \"team\": \"Platform\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("summary", "type", "team", "parent", "delivers", "points");
        assertThat(subTaskOfSubTask.status()).isEqualTo(400);
        assertThat(subTaskOfSubTask.json().at("/errors/0/message").asText()).isEqualTo(
                "GROW-13 is a sub-task; a sub-task cannot have sub-tasks.");
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(preview.post("/preview/issues/GROW-41/status", "pm.growth", "{\"status\": \"Done\"}").status())
                .isEqualTo(404);
        assertThat(preview.post("/preview/issues/GROW-11/status", "pm.growth", "{\"status\": \"Shipped\"}").status())
                .isEqualTo(400);
        assertThat(preview.post("/preview/issues/IDN-8/status", "pm.growth", "{\"status\": \"Done\"}").status())
                .isEqualTo(403);
    }
}
