package io.throughline.jira.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.jira.web.json.DigestJson;
import org.junit.jupiter.api.Test;

/** {@code GET /digest} over HTTP: the sections as JSON, texts as typed, the caller's view, and every wrong parameter named. */
class DigestResourceTest extends RestTestBase {

    private static final String TYPED = "Setup <b>wizard</b> & “checklist”: 14 of 20 finished";

    /** Two days in: GROW-1 is committed with a typed insight and asks Identity (naming IDN-7), which declines. */
    private void twoDays() {
        UserRef admin = UserRef.of(ADMIN);
        Dependency auth = world.app.dependencies().request(admin, InitiativeKey.parse("GROW-1"),
                new DependencyForm("Identity", "IDN-7", "Auth constraint: SSO <users> skip the password step",
                        TODAY.plusDays(30).toString()));
        world.clock.advanceDays(1);
        save(admin, world.initiatives.find(InitiativeKey.parse("GROW-1")).orElseThrow().withStage(Stage.COMMITTED));
        world.app.evidence().record(admin, InitiativeKey.parse("GROW-1"), new EvidenceForm("CUSTOMER_INSIGHT", TYPED,
                "https://research.example.com/42", null, world.clock.today().toString(), null));
        world.app.dependencies().decline(admin, auth.id(), "No capacity <this> quarter");
        world.clock.advanceDays(1);
    }

    private static JsonNode entry(JsonNode digest, String key) {
        for (JsonNode one : digest.get("initiatives")) {
            if (one.get("initiative").asText().equals(key)) {
                return one;
            }
        }
        throw new AssertionError(key + " is not in " + digest);
    }

    @Test
    void theDigestIsJsonWithEverySectionAndTheTextsAsTyped() {
        twoDays();

        RestServer.Reply reply = server.get("/digest?since=" + TODAY.plusDays(1), ADMIN);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode digest = reply.json();
        assertThat(digest.get("since").asText()).isEqualTo(TODAY.plusDays(1).toString());
        assertThat(digest.get("from").asText()).isEqualTo(TODAY.plusDays(1).atStartOfDay(world.clock.zone()).toInstant().toString());
        assertThat(digest.get("until").asText()).isEqualTo(world.clock.now().toString());
        assertThat(digest.get("teamAsked").asBoolean()).isFalse();
        assertThat(digest.get("definitions").asText()).isEqualTo(DigestJson.DEFINITIONS);
        JsonNode grow = entry(digest, "GROW-1");
        assertThat(grow.get("own").asBoolean()).isTrue();
        assertThat(grow.at("/stages/atStart").asText()).isEqualTo("BET");
        assertThat(grow.at("/stages/commitments/0/to").asText()).isEqualTo("COMMITTED");
        assertThat(grow.at("/evidence/byKind/CUSTOMER_INSIGHT").asInt()).isEqualTo(1);
        assertThat(grow.at("/evidence/entries/0/summary").asText()).as("as typed: escaping is the renderer's")
                .isEqualTo(TYPED);
        JsonNode blocked = grow.at("/dependencies/newlyBlocked/0");
        assertThat(blocked.get("healthBefore").asText()).isEqualTo("ON_TRACK");
        assertThat(blocked.get("health").asText()).isEqualTo("BLOCKED");
        assertThat(blocked.get("providerIssueKey").asText()).isEqualTo("IDN-7");
        assertThat(blocked.get("description").asText()).isEqualTo("Auth constraint: SSO <users> skip the password step");
        assertThat(blocked.get("reasons").get(0).asText()).contains("No capacity <this> quarter");
        assertThat(grow.at("/signals/known").isBoolean()).isTrue();
        assertThat(digest.at("/totals/commitments").asInt()).isEqualTo(1);
        assertThat(digest.at("/totals/newlyBlocked").asInt()).isEqualTo(1);
        assertThat(digest.at("/totals/evidenceByKind").size()).isEqualTo(5);
    }

    @Test
    void aViewerSeesOnlyWhatTheyMayBrowseAndATeamItsRequests() {
        twoDays();

        JsonNode viewer = server.get("/digest?since=" + TODAY.plusDays(1), VIEWER).json();
        assertThat(viewer.get("initiatives").findValuesAsText("initiative")).containsExactly("GROW-1");
        assertThat(entry(viewer, "GROW-1").at("/dependencies/newlyBlocked/0/providerIssueKey").isNull())
                .as("IDN-7 is not theirs to see").isTrue();

        JsonNode identity = server.get("/digest?since=" + TODAY.plusDays(1) + "&team=Identity", LEAD_IDENTITY).json();
        assertThat(identity.get("teams").get(0).asText()).isEqualTo("Identity");
        JsonNode request = entry(identity, "GROW-1");
        assertThat(request.get("own").asBoolean()).isFalse();
        assertThat(request.at("/stages/moves")).isEmpty();
        assertThat(request.at("/dependencies/newlyBlocked/0/providerIssueKey").asText()).isEqualTo("IDN-7");
    }

    @Test
    void everyWrongParameterIsNamedAndAnonymousCallersAreRefused() {
        assertThat(server.get("/digest", null).status()).isEqualTo(401);
        for (String since : new String[] {"yesterday", "2026-02-30", TODAY.plusDays(1).toString(),
            TODAY.minusDays(367).toString()}) {
            RestServer.Reply refused = server.get("/digest?since=" + since, ADMIN);
            assertThat(refused.status()).as(since).isEqualTo(400);
            assertThat(refused.json().get("errors").findValuesAsText("field")).as(since).containsExactly("since");
        }
        RestServer.Reply team = server.get("/digest?team=Nobody", ADMIN);
        assertThat(team.status()).isEqualTo(400);
        assertThat(team.json().get("errors").findValuesAsText("field")).containsExactly("team");
        assertThat(server.get("/digest", STRANGER).json().get("initiatives")).isEmpty();
    }
}
