package io.throughline.jira.web.rest;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.Stage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The commitment record over HTTP: {@code GET /initiatives/{key}/contract} and decisions that accept a change. */
class ContractResourceTest extends RestTestBase {

    private static final String COMMITTED = "Activation rate: 22% -> 30%";
    private static final String LOWERED = "Activation rate: 22% -> 26%";

    /** GROW-1 committed by Jira, then its target lowered in Jira. */
    private void committedThenLowered() {
        UserRef host = UserRef.of(ADMIN);
        Initiative bet = initiative("GROW-1").summary("Activation onboarding").team("Growth").owner("pm.growth")
                .metric(COMMITTED).horizon(TODAY.plusDays(60)).build();
        world.app.initiatives().recordHostChange(host, bet);
        world.clock.advance(Duration.ofHours(1));
        world.app.initiatives().recordHostChange(host, bet.withStage(Stage.COMMITTED));
        world.clock.advance(Duration.ofHours(1));
        world.app.initiatives().recordHostChange(host, initiative("GROW-1").summary("Activation onboarding")
                .team("Growth").owner("pm.growth").metric(LOWERED).horizon(TODAY.plusDays(60)).stage(Stage.COMMITTED)
                .build());
    }

    @Test
    void theContractShowsWhatWasCommittedAndTheChangeNotYetAccepted() {
        committedThenLowered();

        RestServer.Reply reply = server.get("/initiatives/GROW-1/contract", VIEWER);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode contract = reply.json();
        assertThat(contract.get("committedBy").asText()).isEqualTo(ADMIN);
        assertThat(contract.get("owner").asText()).isEqualTo("pm.growth");
        assertThat(contract.at("/successMetric/text").asText()).isEqualTo(COMMITTED);
        assertThat(contract.at("/successMetric/target").decimalValue()).isEqualByComparingTo("30");
        assertThat(contract.get("evidenceHorizon").asText()).isEqualTo(TODAY.plusDays(60).toString());
        assertThat(contract.get("evidenceIds").isArray()).isTrue();
        assertThat(contract.get("changes")).singleElement().satisfies(change -> {
            assertThat(change.get("field").asText()).isEqualTo("SUCCESS_METRIC");
            assertThat(change.get("before").asText()).isEqualTo(COMMITTED);
            assertThat(change.get("after").asText()).isEqualTo(LOWERED);
            assertThat(change.get("by").asText()).isEqualTo(ADMIN);
            assertThat(change.get("acceptedBy").isNull()).isTrue();
        });
        assertThat(contract.get("drift").toString()).isEqualTo("[\"SUCCESS_METRIC\"]");
    }

    @Test
    void aDecisionNamingTheChangeAcceptsItAndAnythingElseIsAFieldError() {
        committedThenLowered();
        long change = server.get("/initiatives/GROW-1/contract", ADMIN).json().at("/changes/0/id").asLong();

        RestServer.Reply research = server.post("/initiatives/GROW-1/evidence", PM_GROWTH,
                "{\"kind\":\"RESEARCH\",\"summary\":\"Notes\",\"accepts\":" + change + "}");
        RestServer.Reply unknown = server.post("/initiatives/GROW-1/evidence", PM_GROWTH,
                "{\"kind\":\"DECISION\",\"summary\":\"Re-baselined\",\"accepts\":\"999\"}");
        assertThat(research.status()).isEqualTo(400);
        assertThat(research.json().at("/errors/0/field").asText()).isEqualTo("accepts");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("accepts");

        RestServer.Reply decision = server.post("/initiatives/GROW-1/evidence", PM_GROWTH,
                "{\"kind\":\"DECISION\",\"summary\":\"Re-baselined after the pricing change\",\"accepts\":" + change + "}");
        assertThat(decision.status()).isEqualTo(201);
        assertThat(decision.json().get("accepts").asLong()).isEqualTo(change);

        JsonNode contract = server.get("/initiatives/GROW-1/contract", VIEWER).json();
        assertThat(contract.at("/changes/0/acceptedBy").asLong()).isEqualTo(decision.json().get("id").asLong());
        assertThat(contract.get("drift").toString()).isEqualTo("[]");
        assertThat(server.get("/initiatives/GROW-1/evidence", VIEWER).json().toString()).contains("\"accepts\":" + change);
    }

    @Test
    void neverCommittedUnseenAndAnonymousAreRefused() {
        RestServer.Reply bet = server.get("/initiatives/GROW-1/contract", ADMIN);
        committedThenLowered();
        RestServer.Reply unseen = server.get("/initiatives/GROW-1/contract", STRANGER);

        assertThat(bet.status()).isEqualTo(404);
        assertThat(bet.json().at("/errors/0/message").asText()).contains("has not been committed");
        assertThat(unseen.status()).isEqualTo(404);
        assertThat(unseen.json().at("/errors/0/message").asText()).doesNotContain("committed");
        assertThat(server.get("/initiatives/GROW-1/contract", null).status()).isEqualTo(401);
    }
}
