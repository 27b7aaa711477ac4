package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's delivery events over HTTP: what ci.bot posted while seeding, the figures they make, and who may post. */
class DeliveryEventsHttpTest {

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

    private static JsonNode figures(String key, String user) {
        RunningPreview.Reply reply = preview.get(API + "/initiatives/" + key + "/delivery-performance", user);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void growthShipsOftenAndRarelyFailsMobileShipsRarelyAndFailsOftenWithAnIncidentOpen() {
        JsonNode growth = figures("GROW-1", "pm.growth");
        JsonNode mobile = figures("MOB-1", "lead.mobile");
        JsonNode platform = figures("PLAT-1", "lead.platform");

        assertThat(growth.at("/deployments/count").asInt()).isGreaterThanOrEqualTo(30);
        assertThat(growth.at("/changeFailRate/rate").decimalValue()).isLessThan(new java.math.BigDecimal("0.1"));
        assertThat(growth.at("/changeLeadTime/n").asInt()).isGreaterThan(0);
        assertThat(mobile.at("/deployments/count").asInt()).isBetween(8, 14);
        assertThat(mobile.at("/changeFailRate/rate").decimalValue()).isGreaterThan(new java.math.BigDecimal("0.25"));
        assertThat(mobile.at("/changeFailRate/inferred").asInt()).isEqualTo(1);
        assertThat(mobile.at("/recoveryTime/open").asInt()).isEqualTo(1);
        assertThat(mobile.at("/reworkRate/unplanned").asInt()).isEqualTo(1);
        assertThat(platform.at("/changeFailRate/failed").asInt()).isEqualTo(3);
        assertThat(platform.get("services")).extracting(JsonNode::asText).containsExactly("event-bus");
    }

    @Test
    void aTeamsFiguresCountWhatItsProjectsShip() {
        RunningPreview.Reply mobile = preview.get(API + "/teams/Mobile/delivery-performance", "lead.mobile");

        assertThat(mobile.status()).as(mobile.body()).isEqualTo(200);
        assertThat(mobile.json().at("/deployments/count").asInt())
                .isEqualTo(figures("MOB-1", "lead.mobile").at("/deployments/count").asInt());
        assertThat(mobile.json().get("services")).extracting(JsonNode::asText).containsExactly("mobile-sync");
    }

    @Test
    void ciBotPostsButBrowsesNothingAndOthersMayNotPost() {
        String event = """
                {"context": {"specversion": "0.4.1", "id": "http-1", "source": "https://ci.example.com/pipelines",
                             "type": "dev.cdevents.service.deployed.0.2.0", "timestamp": "%s"},
                 "subject": {"id": "growth-web", "content": {"environment": {"id": "production"}}},
                 "customData": {"issueKeys": ["GROW-11"]}}""".formatted(Instant.now().minusSeconds(60));

        RunningPreview.Reply posted = preview.post(API + "/events", "ci.bot", event);
        RunningPreview.Reply replayed = preview.post(API + "/events", "ci.bot", event);

        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        assertThat(posted.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(replayed.json().get("duplicates").asInt()).isEqualTo(1);
        assertThat(preview.post(API + "/events", "pm.growth", event).status()).isEqualTo(403);
        assertThat(preview.get(API + "/initiatives/GROW-1/delivery-performance", "ci.bot").status()).isEqualTo(404);
    }
}
