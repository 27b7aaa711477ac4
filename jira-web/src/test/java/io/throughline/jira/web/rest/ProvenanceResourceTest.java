package io.throughline.jira.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** How an entry was made over HTTP, and a person confirming an assistant's proposal. */
class ProvenanceResourceTest extends RestTestBase {

    private static final String EVIDENCE = "/initiatives/GROW-1/evidence";
    private static final String PROPOSAL = """
            {"kind": "RESEARCH", "summary": "Three subject lines for the welcome mail",
             "provenance": "ASSISTANT", "tool": "Copy assistant", "contextVersion": "0123456789abcdef"}""";

    @Test
    void anAssistantsEntryIsProposedUntilAPersonConfirmsIt() {
        JsonNode person = server.post(EVIDENCE, PM_GROWTH, "{\"kind\":\"RESEARCH\",\"summary\":\"Survey\"}").json();
        RestServer.Reply proposed = server.post(EVIDENCE, PM_GROWTH, PROPOSAL);

        assertThat(person.get("provenance").asText()).isEqualTo("PERSON");
        assertThat(person.get("proposed").asBoolean()).isFalse();
        assertThat(proposed.status()).isEqualTo(201);
        JsonNode entry = proposed.json();
        assertThat(entry.get("provenance").asText()).isEqualTo("ASSISTANT");
        assertThat(entry.get("tool").asText()).isEqualTo("Copy assistant");
        assertThat(entry.get("contextVersion").asText()).isEqualTo("0123456789abcdef");
        assertThat(entry.get("proposed").asBoolean()).isTrue();
        assertThat(entry.get("confirmedBy").isNull()).isTrue();

        RestServer.Reply confirmed = server.post("/evidence/" + entry.get("id").asLong() + "/confirm", PM_GROWTH, "{}");

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("proposed").asBoolean()).isFalse();
        assertThat(confirmed.json().get("confirmedBy").asText()).isEqualTo(PM_GROWTH);
        assertThat(confirmed.json().get("confirmedByName").asText()).isEqualTo("Pat Growth");
        assertThat(confirmed.json().get("confirmedAt").asText()).isEqualTo(world.clock.now().toString());
        assertThat(server.get(EVIDENCE, VIEWER).json()).extracting(e -> e.get("proposed").asBoolean())
                .containsExactly(false, false);
    }

    @Test
    void anIntegrationsEntryNeedsNoConfirmation() {
        JsonNode posted = server.post(EVIDENCE, PM_GROWTH,
                "{\"kind\":\"RESEARCH\",\"summary\":\"Nightly funnel export\",\"provenance\":\"INTEGRATION\","
                        + "\"tool\":\"Funnel export\"}").json();

        RestServer.Reply confirm = server.post("/evidence/" + posted.get("id").asLong() + "/confirm", PM_GROWTH, "{}");

        assertThat(posted.get("proposed").asBoolean()).isFalse();
        assertThat(confirm.status()).isEqualTo(409);
        assertThat(confirm.body()).contains("not an assistant");
    }

    @Test
    void badProvenanceNamesItsFieldsAndStoresNothing() {
        RestServer.Reply refused = server.post(EVIDENCE, PM_GROWTH,
                "{\"kind\":\"RESEARCH\",\"summary\":\"S\",\"provenance\":\"ASSISTANT\",\"contextVersion\":\"v2\"}");
        RestServer.Reply unknown = server.post(EVIDENCE, PM_GROWTH,
                "{\"kind\":\"RESEARCH\",\"summary\":\"S\",\"provenance\":\"ROBOT\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("tool", "contextVersion");
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("provenance");
        assertThat(server.get(EVIDENCE, ADMIN).json()).isEmpty();
    }

    @Test
    void whoMayConfirmAndWhatTheOthersAreTold() {
        long id = server.post(EVIDENCE, PM_GROWTH, PROPOSAL).json().get("id").asLong();
        String confirm = "/evidence/" + id + "/confirm";

        assertThat(server.post(confirm, VIEWER, "{}").status()).isEqualTo(403);
        RestServer.Reply stranger = server.post(confirm, STRANGER, "{}");
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.body()).doesNotContain("GROW");
        assertThat(server.post("/evidence/999/confirm", PM_GROWTH, "{}").status()).isEqualTo(404);
        assertThat(server.post("/evidence/x/confirm", PM_GROWTH, "{}").status()).isEqualTo(404);
        assertThat(server.post("/evidence/2147483648/confirm", PM_GROWTH, "{}").status()).isEqualTo(404);
        assertThat(server.post("/evidence/99999999999999999999/confirm", PM_GROWTH, "{}").status()).isEqualTo(404);
        assertThat(server.post(confirm, null, "{}").status()).isEqualTo(401);
        assertThat(server.post(confirm, PM_GROWTH, "").status()).isEqualTo(400);
        assertThat(server.post(confirm, PM_GROWTH, "{\"really\":true}").status()).isEqualTo(400);
        assertThat(server.get(EVIDENCE, ADMIN).json().get(0).get("proposed").asBoolean()).isTrue();
    }

    @Test
    void ofTwoPeopleConfirmingAtOnceOneWins() throws Exception {
        long id = server.post(EVIDENCE, PM_GROWTH, PROPOSAL).json().get("id").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> answers = List.of(ADMIN, PM_GROWTH).stream()
                    .map(user -> CompletableFuture.supplyAsync(
                            () -> server.post("/evidence/" + id + "/confirm", user, "{}").status(), pool))
                    .toList();

            assertThat(answers.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void gatesAndTheDecisionListCountNoProposal() {
        server.post(EVIDENCE, PM_GROWTH, """
                {"kind": "DECISION", "summary": "Send the shorter welcome mail",
                 "provenance": "ASSISTANT", "tool": "Copy assistant"}""");

        assertThat(server.get("/initiatives/GROW-1/decisions", PM_GROWTH).json()).isEmpty();
        assertThat(server.get("/initiatives/GROW-1", PM_GROWTH).json().at("/evidence/count").asInt()).isZero();
    }
}
