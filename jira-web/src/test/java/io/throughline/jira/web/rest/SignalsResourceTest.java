package io.throughline.jira.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code GET /initiatives/{key}/signals} over HTTP: what is raised, with reasons, as the caller may see it. */
class SignalsResourceTest extends RestTestBase {

    @Test
    void aCommittedInitiativeWithNothingStartedIsNotStartedOnceTheThresholdPasses() {
        RestServer.Reply fresh = server.get("/initiatives/IDN-7/signals", ADMIN);
        assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
        assertThat(fresh.json().get("signals")).isEmpty();

        world.clock.advanceDays(15);
        RestServer.Reply later = server.get("/initiatives/IDN-7/signals", LEAD_IDENTITY);

        assertThat(later.status()).as(later.body()).isEqualTo(200);
        JsonNode raised = later.json().at("/signals/0");
        assertThat(raised.get("signal").asText()).isEqualTo("NOT_STARTED");
        assertThat(raised.get("name").asText()).isEqualTo("Not started");
        assertThat(raised.get("reason").asText())
                .isEqualTo("Committed 15 days ago and no trace item is in progress or done (the threshold is 14 days).");
        assertThat(later.json().get("asOf").asText()).isEqualTo(world.clock.now().toString());
    }

    @Test
    void anInitiativeTheCallerMayNotSeeIsNotFound() {
        assertThat(server.get("/initiatives/IDN-7/signals", VIEWER).status()).isEqualTo(404);
        assertThat(server.get("/initiatives/NOPE-1/signals", ADMIN).status()).isEqualTo(404);
        assertThat(server.get("/initiatives/not-a-key/signals", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void aTeamsSignalsComeWithTheirWeeklySeriesForWhoeverMayKnowTheTeam() {
        RestServer.Reply identity = server.get("/teams/identity/signals", LEAD_IDENTITY);

        assertThat(identity.status()).as(identity.body()).isEqualTo(200);
        assertThat(identity.json().get("team").asText()).isEqualTo("Identity");
        assertThat(identity.json().get("signals")).isEmpty();
        assertThat(identity.json().get("weeklyAcknowledgementDays")).hasSize(5).allMatch(JsonNode::isNull);
        assertThat(server.get("/teams/Nobody/signals", ADMIN).status()).isEqualTo(404);
    }
}
