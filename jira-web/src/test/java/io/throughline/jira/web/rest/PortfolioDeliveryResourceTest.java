package io.throughline.jira.web.rest;

import static io.throughline.core.trace.StatusCategory.DONE;
import static io.throughline.core.trace.StatusCategory.IN_PROGRESS;
import static io.throughline.core.trace.StatusCategory.TO_DO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.core.trace.TraceVia;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stored roll-ups over HTTP: in {@code GET /initiatives/{key}} and in {@code GET /portfolio/delivery}. */
class PortfolioDeliveryResourceTest extends RestTestBase {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    @BeforeEach
    void work() {
        // GROW-1: an epic and two stories, one of them in Identity's project, which Growth's viewer may not browse.
        world.delivery.issue("GROW-11", "Epic", "Growth", IN_PROGRESS, 5, T)
                .issue("GROW-12", "Story", "Growth", DONE, 3, T.plusSeconds(3600))
                .issue("IDN-20", "Story", "Identity", TO_DO, null, T.minusSeconds(3600))
                .issue("IDN-30", "Story", "Identity", DONE, 2, T)
                .edge("GROW-1", "GROW-11", TraceVia.LINK).edge("GROW-11", "GROW-12", TraceVia.EPIC)
                .edge("GROW-11", "IDN-20", TraceVia.EPIC).edge("IDN-7", "IDN-30", TraceVia.LINK)
                .hideProject("IDN");
    }

    private static List<String> keys(JsonNode rollUps) {
        List<String> keys = new ArrayList<>();
        rollUps.forEach(rollUp -> keys.add(rollUp.get("initiative").asText()));
        return keys;
    }

    @Test
    void theInitiativeCarriesItsStoredRollUpOnceComputed() {
        assertThat(server.get("/initiatives/GROW-1", VIEWER).json().get("delivery").isNull()).isTrue();

        world.app.rollUps().refresh(world.initiatives.findAll().get(0).key());
        JsonNode delivery = server.get("/initiatives/GROW-1", VIEWER).json().get("delivery");

        // All three items count, although the viewer's own trace shows two.
        assertThat(delivery.toString()).isEqualTo("{\"initiative\":\"GROW-1\",\"team\":\"Growth\",\"items\":3,"
                + "\"toDo\":1,\"inProgress\":1,\"done\":1,\"percentDone\":33,\"points\":{\"total\":8,\"done\":3},"
                + "\"lastActivity\":\"" + T.plusSeconds(3600) + "\",\"truncated\":false,"
                + "\"computedAt\":\"" + world.clock.now() + "\"}");
        assertThat(server.get("/initiatives/GROW-1/trace", VIEWER).json().at("/progress/items").asInt()).isEqualTo(2);
    }

    @Test
    void thePortfolioListsTheRollUpsOfWhatTheCallerMaySee() {
        world.app.rollUps().reconcile();

        JsonNode all = server.get("/portfolio/delivery", ADMIN).json();
        assertThat(keys(all.get("initiatives"))).containsExactly("GROW-1", "IDN-7", "PAY-3");
        assertThat(all.get("teams").toString()).isEqualTo("[\"Growth\",\"Identity\",\"Payments\"]");
        assertThat(all.get("asOf").asText()).isEqualTo(world.clock.now().toString());
        assertThat(all.at("/initiatives/2/items").asInt()).isZero();
        assertThat(all.at("/initiatives/2/percentDone").isNull()).isTrue();

        assertThat(keys(server.get("/portfolio/delivery", VIEWER).json().get("initiatives"))).containsExactly("GROW-1");
        assertThat(keys(server.get("/portfolio/delivery", STRANGER).json().get("initiatives"))).isEmpty();
        assertThat(keys(server.get("/portfolio/delivery?team=identity", ADMIN).json().get("initiatives")))
                .containsExactly("IDN-7");
        assertThat(keys(server.get("/portfolio/delivery?team=Growth&team=Payments", ADMIN).json().get("initiatives")))
                .containsExactly("GROW-1", "PAY-3");
    }

    @Test
    void anUnknownTeamIsAFieldErrorAndAnAnonymousCallerIsRefused() {
        RestServer.Reply unknown = server.get("/portfolio/delivery?team=Nobody&team=Growth", ADMIN);
        RestServer.Reply malformed = server.get("/portfolio/delivery?team=%3Cb%3E", ADMIN);

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("team");
        assertThat(unknown.json().at("/errors/0/message").asText()).contains("Nobody");
        assertThat(unknown.json().get("errors")).hasSize(1);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().at("/errors/0/field").asText()).isEqualTo("team");
        assertThat(server.get("/portfolio/delivery", null).status()).isEqualTo(401);
    }
}
