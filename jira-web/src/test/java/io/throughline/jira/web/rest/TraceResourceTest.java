package io.throughline.jira.web.rest;

import static io.throughline.core.trace.StatusCategory.DONE;
import static io.throughline.core.trace.StatusCategory.IN_PROGRESS;
import static io.throughline.core.trace.StatusCategory.TO_DO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.core.trace.TraceVia;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TraceResourceTest extends RestTestBase {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    private void growthTrace() {
        world.delivery.issue("GROW-11", "Epic", "Growth", IN_PROGRESS, 5, T)
                .issue("GROW-12", "Story", "Growth", DONE, 3, T.plusSeconds(3600))
                .issue("IDN-20", "Story", "Identity", TO_DO, null, T.minusSeconds(3600))
                .edge("GROW-1", "GROW-11", TraceVia.LINK).edge("GROW-11", "GROW-12", TraceVia.EPIC)
                .edge("GROW-11", "IDN-20", TraceVia.EPIC);
    }

    @Test
    void theTraceListsEachItemWithProgressOverallAndPerTeam() {
        growthTrace();

        RestServer.Reply reply = server.get("/initiatives/GROW-1/trace", ADMIN);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode trace = reply.json();
        assertThat(trace.get("initiative").asText()).isEqualTo("GROW-1");
        assertThat(trace.get("truncated").asBoolean()).isFalse();
        assertThat(trace.get("asOf").asText()).isEqualTo(world.clock.now().toString());
        assertThat(trace.get("progress").toString()).isEqualTo("{\"items\":3,\"toDo\":1,\"inProgress\":1,\"done\":1,"
                + "\"percentDone\":33,\"points\":{\"total\":8,\"done\":3}}");
        assertThat(trace.get("teams").toString()).isEqualTo("[{\"team\":\"Growth\",\"items\":2,\"toDo\":0,\"inProgress\":1,"
                + "\"done\":1},{\"team\":\"Identity\",\"items\":1,\"toDo\":1,\"inProgress\":0,\"done\":0}]");
        assertThat(trace.get("lastActivity").asText()).isEqualTo(T.plusSeconds(3600).toString());
        JsonNode story = trace.get("items").get(1);
        assertThat(story.get("key").asText()).isEqualTo("GROW-12");
        assertThat(story.get("type").asText()).isEqualTo("Story");
        assertThat(story.get("status").asText()).isEqualTo("Done");
        assertThat(story.get("category").asText()).isEqualTo("DONE");
        assertThat(story.get("parent").asText()).isEqualTo("GROW-11");
        assertThat(story.get("via").asText()).isEqualTo("EPIC");
        assertThat(story.get("points").asInt()).isEqualTo(3);
        assertThat(story.get("resolvedAt").asText()).isEqualTo(T.plusSeconds(3600).toString());
        assertThat(trace.get("items").get(2).get("points").isNull()).isTrue();
    }

    @Test
    void withoutAnEstimateFieldPointsAreNull() {
        growthTrace();
        world.delivery.withoutEstimates();

        JsonNode progress = server.get("/initiatives/GROW-1/trace", ADMIN).json().get("progress");

        assertThat(progress.get("points").isNull()).isTrue();
    }

    @Test
    void anInitiativeTheCallerMayNotSeeIsNotFoundAndNoSearchIsMade() {
        growthTrace();
        // Saving the initiatives walked their traces for their scorecard lines; the reads below must add none.
        int searches = world.delivery.searches();

        RestServer.Reply unseen = server.get("/initiatives/GROW-1/trace", STRANGER);
        RestServer.Reply absent = server.get("/initiatives/GROW-404/trace", ADMIN);

        assertThat(unseen.status()).isEqualTo(404);
        assertThat(absent.status()).isEqualTo(404);
        assertThat(unseen.json().at("/errors/0/message").asText()).isEqualTo(absent.json().at("/errors/0/message").asText()
                .replace("GROW-404", "GROW-1"));
        assertThat(world.delivery.searches() - searches).isZero();
        assertThat(server.get("/initiatives/GROW-1/trace", null).status()).isEqualTo(401);
    }
}
