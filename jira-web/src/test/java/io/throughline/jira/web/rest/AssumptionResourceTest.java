package io.throughline.jira.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The assumptions over HTTP: list, add, resolve, and who may do which. */
class AssumptionResourceTest extends RestTestBase {

    private long evidence(String key, String user) {
        RestServer.Reply entry = server.post("/initiatives/" + key + "/evidence", user,
                "{\"kind\":\"CUSTOMER_INSIGHT\",\"summary\":\"12 admin interviews\"}");
        assertThat(entry.status()).isEqualTo(201);
        return entry.json().get("id").asLong();
    }

    @Test
    void anEditorListsAndRefutesAnAssumptionAndAViewerReadsIt() {
        RestServer.Reply listed = server.post("/initiatives/GROW-1/assumptions", PM_GROWTH,
                "{\"text\":\"Admins invite their team in week one\"}");
        assertThat(listed.status()).isEqualTo(201);
        assertThat(listed.json().get("status").asText()).isEqualTo("OPEN");
        long id = listed.json().get("id").asLong();
        long entry = evidence("GROW-1", PM_GROWTH);

        RestServer.Reply refuted = server.post("/assumptions/" + id + "/resolve", PM_GROWTH,
                "{\"status\":\"REFUTED\",\"evidenceId\":" + entry + "}");

        assertThat(refuted.status()).isEqualTo(200);
        JsonNode read = server.get("/initiatives/GROW-1/assumptions", VIEWER).json();
        assertThat(read).singleElement().satisfies(assumption -> {
            assertThat(assumption.get("text").asText()).isEqualTo("Admins invite their team in week one");
            assertThat(assumption.get("status").asText()).isEqualTo("REFUTED");
            assertThat(assumption.get("listedBy").asText()).isEqualTo(PM_GROWTH);
            assertThat(assumption.at("/resolutions/0/evidenceId").asLong()).isEqualTo(entry);
            assertThat(assumption.at("/resolutions/0/by").asText()).isEqualTo(PM_GROWTH);
        });
    }

    @Test
    void badInputNamesItsFieldAndStoresNothing() {
        RestServer.Reply blank = server.post("/initiatives/GROW-1/assumptions", PM_GROWTH, "{\"text\":\" \"}");
        RestServer.Reply unknownField = server.post("/initiatives/GROW-1/assumptions", PM_GROWTH, "{\"txt\":\"A\"}");
        long id = server.post("/initiatives/GROW-1/assumptions", PM_GROWTH, "{\"text\":\"A\"}").json().get("id").asLong();
        RestServer.Reply badResolve = server.post("/assumptions/" + id + "/resolve", PM_GROWTH,
                "{\"status\":\"MAYBE\",\"evidenceId\":\"x\"}");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().at("/errors/0/field").asText()).isEqualTo("text");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(badResolve.status()).isEqualTo(400);
        assertThat(badResolve.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("status", "evidenceId");
        assertThat(server.get("/initiatives/GROW-1/assumptions", ADMIN).json()).singleElement()
                .satisfies(a -> assertThat(a.get("resolutions")).isEmpty());
        assertThat(server.post("/assumptions/" + id + "/resolve", PM_GROWTH, "").status()).isEqualTo(400);
    }

    @Test
    void readersMayNotWriteStrangersSeeNothingAndAnonymousIsRefused() {
        long id = server.post("/initiatives/GROW-1/assumptions", PM_GROWTH, "{\"text\":\"A\"}").json().get("id").asLong();
        long entry = evidence("GROW-1", PM_GROWTH);

        assertThat(server.post("/initiatives/GROW-1/assumptions", VIEWER, "{\"text\":\"B\"}").status()).isEqualTo(403);
        assertThat(server.post("/assumptions/" + id + "/resolve", VIEWER,
                "{\"status\":\"CONFIRMED\",\"evidenceId\":" + entry + "}").status()).isEqualTo(403);
        assertThat(server.post("/assumptions/" + id + "/resolve", STRANGER,
                "{\"status\":\"CONFIRMED\",\"evidenceId\":" + entry + "}").status()).isEqualTo(404);
        assertThat(server.post("/assumptions/nope/resolve", PM_GROWTH,
                "{\"status\":\"CONFIRMED\",\"evidenceId\":" + entry + "}").status()).isEqualTo(404);
        assertThat(server.get("/initiatives/GROW-1/assumptions", STRANGER).status()).isEqualTo(404);
        assertThat(server.get("/initiatives/GROW-1/assumptions", null).status()).isEqualTo(401);
    }
}
