package io.throughline.jira.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.core.common.UserRef;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CDEvents over HTTP: who may post, partial batches, replays, limits, and the figures they make. */
class EventsResourceTest extends RestTestBase {

    private static final String BOT = "ci.bot";

    @BeforeEach
    void tool() {
        world.permissions.poster(UserRef.of(BOT));
    }

    private String at(Duration ago) {
        return world.clock.now().minus(ago).toString();
    }

    private String deployed(String id, Duration ago, String environment, String customData) {
        return """
                {"context": {"specversion": "0.4.1", "id": "%s", "source": "https://ci.example.com/web",
                             "type": "dev.cdevents.service.deployed.0.2.0", "timestamp": "%s"},
                 "subject": {"id": "web", "content": {"environment": {"id": "%s"}}},
                 "customData": %s}""".formatted(id, at(ago), environment, customData);
    }

    private RestServer.Reply post(String user, String body, String type) {
        return server.send(server.request("/events", user).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void aBatchStoresWhatIsValidIgnoresOtherTypesAndNamesEveryProblemByIndexAndField() {
        String batch = "[" + deployed("d1", Duration.ofDays(2), "production", "{\"issueKeys\":[\"GROW-1\"]}") + ","
                + """
                {"context": {"specversion": "0.4.1", "id": "b1", "source": "https://ci.example.com/web",
                             "type": "dev.cdevents.build.finished.0.2.0", "timestamp": "%s"},
                 "subject": {"id": "build-7"}}""".formatted(at(Duration.ofDays(1))) + ","
                + """
                {"context": {"specversion": "9.9", "id": "", "source": "https://ci.example.com/web",
                             "type": "dev.cdevents.service.deployed.0.2.0", "timestamp": "yesterday"},
                 "subject": {"id": "web", "content": {"environment": {"id": "prod"}}},
                 "customData": {"issueKeys": ["grow 1"], "causedBy": "d1"}}""" + "]";

        RestServer.Reply reply = post(BOT, batch, "application/cloudevents-batch+json");

        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        JsonNode json = reply.json();
        assertThat(json.get("accepted").asInt()).isEqualTo(1);
        assertThat(json.get("duplicates").asInt()).isZero();
        assertThat(json.get("ignored").asInt()).isEqualTo(1);
        assertThat(json.at("/rejected/0/index").asInt()).isEqualTo(2);
        assertThat(json.at("/rejected/0/errors")).extracting(e -> e.get("field").asText()).containsExactly(
                "context.id", "context.specversion", "context.timestamp", "customData.causedBy",
                "customData.issueKeys[0]");
        assertThat(json.at("/rejected/0/errors/2/message").asText()).contains("“yesterday” is not a timestamp");
    }

    @Test
    void aReplayChangesNothingAndCountsAsADuplicate() {
        String one = deployed("d1", Duration.ofHours(5), "prod", "{\"issueKeys\":[\"GROW-1\"]}");

        assertThat(post(BOT, one, "application/cloudevents+json").json().get("accepted").asInt()).isEqualTo(1);
        JsonNode again = post(BOT, one, "application/json").json();

        assertThat(again.get("accepted").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(1);
        assertThat(server.get("/initiatives/GROW-1/delivery-performance", PM_GROWTH).json()
                .at("/deployments/count").asInt()).isEqualTo(1);
    }

    @Test
    void noneValidIsA400NamingEachEventsFields() {
        RestServer.Reply reply = post(BOT, "[{\"context\":{}}, 7]", "application/json");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors")).extracting(e -> e.get("field").asText())
                .contains("[0].subject", "[1]");
        assertThat(post(BOT, "[]", "application/json").status()).isEqualTo(400);
    }

    @Test
    void onlyAdminsAndTheEventSourceGroupMayPostAndLimitsHold() {
        String one = deployed("d1", Duration.ofHours(5), "prod", "{}");

        assertThat(post(PM_GROWTH, one, "application/json").status()).isEqualTo(403);
        assertThat(post(null, one, "application/json").status()).isEqualTo(401);
        assertThat(post(ADMIN, one, "application/json").status()).isEqualTo(202);
        assertThat(post(BOT, one, "text/plain").status()).isEqualTo(415);
        String tooMany = IntStream.range(0, 1_001).mapToObj(i -> "{}").collect(Collectors.joining(",", "[", "]"));
        assertThat(post(BOT, tooMany, "application/json").status()).isEqualTo(413);
        String tooBig = "[" + deployed("big", Duration.ofHours(1), "prod",
                "{\"fixes\":[\"" + "x".repeat(1_100_000) + "\"]}") + "]";
        assertThat(post(BOT, tooBig, "application/json").status()).isEqualTo(413);
        String large = IntStream.range(0, 400).mapToObj(i -> deployed("l" + i, Duration.ofHours(2), "prod",
                "{\"issueKeys\":[\"GROW-1\"]}")).collect(Collectors.joining(",", "[", "]"));
        assertThat(large.length()).as("over the 64 KiB other writes take").isGreaterThan(64 * 1024);
        assertThat(post(BOT, large, "application/json").json().get("accepted").asInt()).isEqualTo(400);
    }

    @Test
    void whoMayNotPostIsRefusedBeforeTheBodyIsReadAndAPostersBrokenBodyIsNamed() {
        String broken = "[{\"context\": ";

        RestServer.Reply stranger = post(PM_GROWTH, broken, "application/json");
        RestServer.Reply anonymous = post(null, broken, "application/json");
        RestServer.Reply poster = post(BOT, broken, "application/json");
        RestServer.Reply chunked = server.send(server.request("/events", BOT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ("[\"" + "x".repeat(1_100_000) + "\"]").getBytes(java.nio.charset.StandardCharsets.UTF_8)))));

        assertThat(stranger.status()).as(stranger.body()).isEqualTo(403);
        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(401);
        assertThat(poster.status()).as(poster.body()).isEqualTo(400);
        assertThat(poster.json().at("/errors/0/field").isNull()).as("the body as a whole").isTrue();
        assertThat(poster.json().at("/errors/0/message").asText()).contains("line 1");
        assertThat(poster.body()).doesNotContain("Jackson", "Exception", "at [Source");
        assertThat(chunked.status()).as(chunked.body()).isEqualTo(413);
    }

    @Test
    void aTeamsFiguresCountItsProjectsDeploymentsAndAreReadByWhoMayKnowTheTeam() {
        world.teams.projects(GROWTH, "GROW");
        post(BOT, "[" + deployed("d1", Duration.ofDays(3), "prod", "{\"issueKeys\":[\"GROW-12\"]}") + ","
                + deployed("d2", Duration.ofDays(2), "prod", "{\"issueKeys\":[\"PAY-3\"]}") + "]", "application/json");

        JsonNode growth = server.get("/teams/Growth/delivery-performance?days=30", ADMIN).json();

        assertThat(growth.at("/deployments/count").asInt()).isEqualTo(1);
        assertThat(growth.at("/issueLeadTime/n").asInt()).isZero();
        assertThat(server.get("/teams/Nobody/delivery-performance", ADMIN).status()).isEqualTo(404);
        assertThat(server.get("/teams/Growth/delivery-performance?days=3", ADMIN).json().at("/errors/0/field").asText())
                .isEqualTo("days");
        assertThat(server.get("/teams/Growth/delivery-performance", null).status()).isEqualTo(401);
    }

    @Test
    void everyBadIssueKeyIsNamedAtItsOwnIndex() {
        RestServer.Reply reply = post(BOT, deployed("k1", Duration.ofHours(1), "prod",
                "{\"issueKeys\":[5, \"bad key\", \"GROW-1\"]}"), "application/json");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("[0].customData.issueKeys[0]", "[0].customData.issueKeys[1]");
    }

    @Test
    void aTimestampFarAheadIsRefused() {
        String ahead = deployed("d9", Duration.ofHours(-2), "prod", "{}");

        RestServer.Reply reply = post(BOT, ahead, "application/json");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo("[0].context.timestamp");
    }

    @Test
    void theFiguresCountWhatTheInitiativeShipsAndAreReadLikeIt() {
        post(BOT, "[" + deployed("d1", Duration.ofDays(3), "prod", "{\"issueKeys\":[\"GROW-1\"]}") + ","
                + deployed("d2", Duration.ofDays(2), "prod", "{\"issueKeys\":[\"GROW-1\"],\"unplanned\":true}") + ","
                + deployed("d3", Duration.ofDays(1), "staging", "{\"issueKeys\":[\"GROW-1\"]}") + ","
                + """
                {"context": {"specversion": "0.4.1", "id": "r1", "source": "https://ci.example.com/web",
                             "type": "dev.cdevents.service.rolledback.0.2.0", "timestamp": "%s"},
                 "subject": {"id": "web", "content": {"environment": {"id": "prod"}}}}""".formatted(
                        at(Duration.ofDays(2).minusHours(3))) + "]", "application/json");

        JsonNode figures = server.get("/initiatives/GROW-1/delivery-performance?days=30", VIEWER).json();

        assertThat(figures.at("/window/days").asInt()).isEqualTo(30);
        assertThat(figures.at("/window/to").asText()).isEqualTo(world.clock.now().toString());
        assertThat(figures.at("/deployments/count").asInt()).isEqualTo(2);
        assertThat(figures.at("/deployments/perWeek").decimalValue()).isEqualByComparingTo("0.47");
        assertThat(figures.at("/changeFailRate/failed").asInt()).isEqualTo(1);
        assertThat(figures.at("/changeFailRate/rate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(figures.at("/recoveryTime/medianHours").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(figures.at("/reworkRate/unplanned").asInt()).isEqualTo(1);
        assertThat(figures.at("/changeLeadTime/medianHours").isNull()).isTrue();
        assertThat(figures.get("services")).extracting(JsonNode::asText).containsExactly("web");
        assertThat(figures.get("definitions").asText()).startsWith("semantics-");
        assertThat(server.get("/initiatives/GROW-1/delivery-performance?days=6", VIEWER).json()
                .at("/errors/0/field").asText()).isEqualTo("days");
        assertThat(server.get("/initiatives/GROW-1/delivery-performance?days=many", VIEWER).status()).isEqualTo(400);
        assertThat(server.get("/initiatives/GROW-1/delivery-performance", STRANGER).status()).isEqualTo(404);
        assertThat(server.get("/initiatives/GROW-1/delivery-performance", BOT).status()).isEqualTo(404);
        assertThat(Instant.parse(figures.at("/weeks/0/start").asText())).isEqualTo(world.clock.now().minus(Duration.ofDays(30)));
    }
}
