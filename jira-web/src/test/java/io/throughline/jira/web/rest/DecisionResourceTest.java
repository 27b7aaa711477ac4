package io.throughline.jira.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Decisions over HTTP: recorded with their record, listed newest first, refused field by field. */
class DecisionResourceTest extends RestTestBase {

    private static final String REBASELINE = "{\"kind\":\"DECISION\",\"summary\":\"Target re-baselined\","
            + "\"decidedBy\":[\"pm.growth\",\"lead.identity\"],\"options\":[\"Hold 30%\",\"Lower to 26%\"],"
            + "\"chosen\":\"Lower to 26%\",\"rationale\":\"Pricing moved\",\"revisitOn\":\"" + TODAY.plusDays(30) + "\"}";

    @Test
    void aDecisionIsRecordedWithItsRecordAndListedNewestFirst() {
        RestServer.Reply first = server.post("/initiatives/GROW-1/evidence", PM_GROWTH, REBASELINE);
        server.post("/initiatives/GROW-1/evidence", PM_GROWTH, "{\"kind\":\"RESEARCH\",\"summary\":\"Notes\"}");
        RestServer.Reply second = server.post("/initiatives/GROW-1/evidence", PM_GROWTH,
                "{\"kind\":\"DECISION\",\"summary\":\"Parked the tour\"}");

        assertThat(first.status()).isEqualTo(201);
        JsonNode record = first.json().get("decision");
        assertThat(record.get("decidedBy").toString()).isEqualTo("[\"pm.growth\",\"lead.identity\"]");
        assertThat(record.get("options").toString()).isEqualTo("[\"Hold 30%\",\"Lower to 26%\"]");
        assertThat(record.get("chosen").asText()).isEqualTo("Lower to 26%");
        assertThat(record.get("rationale").asText()).isEqualTo("Pricing moved");
        assertThat(record.get("revisitOn").asText()).isEqualTo(TODAY.plusDays(30).toString());

        JsonNode decisions = server.get("/initiatives/GROW-1/decisions", VIEWER).json();
        assertThat(decisions).extracting(d -> d.get("id").asLong())
                .containsExactly(second.json().get("id").asLong(), first.json().get("id").asLong());
        assertThat(decisions.get(0).get("decision").isNull()).isTrue();
        assertThat(server.get("/initiatives/GROW-1/decisions", STRANGER).status()).isEqualTo(404);
    }

    @Test
    void aWrongPartIsRefusedAtItsFieldAndNothingIsStored() {
        RestServer.Reply notAnOption = server.post("/initiatives/GROW-1/evidence", PM_GROWTH,
                REBASELINE.replace("\"chosen\":\"Lower to 26%\"", "\"chosen\":\"Drop it\""));
        RestServer.Reply notADecision = server.post("/initiatives/GROW-1/evidence", PM_GROWTH,
                "{\"kind\":\"RESEARCH\",\"summary\":\"Notes\",\"rationale\":\"Because\"}");
        RestServer.Reply notAList = server.post("/initiatives/GROW-1/evidence", PM_GROWTH,
                "{\"kind\":\"DECISION\",\"summary\":\"S\",\"options\":\"A\"}");

        assertThat(notAnOption.status()).isEqualTo(400);
        assertThat(notAnOption.json().at("/errors/0/field").asText()).isEqualTo("chosen");
        assertThat(notADecision.status()).isEqualTo(400);
        assertThat(notADecision.json().at("/errors/0/field").asText()).isEqualTo("rationale");
        assertThat(notAList.status()).isEqualTo(400);
        assertThat(server.get("/initiatives/GROW-1/evidence", ADMIN).json()).isEmpty();
    }
}
