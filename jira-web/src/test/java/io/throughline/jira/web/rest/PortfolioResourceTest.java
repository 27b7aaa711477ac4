package io.throughline.jira.web.rest;

import static io.throughline.core.testing.DependencyBuilder.dependency;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.core.Ports;
import io.throughline.core.Throughline;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PortfolioResourceTest extends RestTestBase {

    private static final String PORTFOLIO = "/portfolio/dependencies";

    @BeforeEach
    void portfolio() {
        // 1 at risk (unanswered for 7 days), 2 blocked (overdue), 3 on track, 4 done; 1 and 3 make a cycle.
        world.dependencies.create(dependency(1).from("GROW-1").on("Identity").onIssue("IDN-7")
                .describedAs("SSO users skip the password step").neededBy(TODAY.plusDays(30))
                .requestedOn(TODAY.minusDays(7)).request());
        world.dependencies.create(dependency(2).from("PAY-3").on("Identity").describedAs("Token vault")
                .neededBy(TODAY.minusDays(1)).requestedOn(TODAY.minusDays(3)).request());
        // IDN-7 was committed at noon; asking an hour later is discovering the need late.
        world.clock.advance(Duration.ofHours(1));
        world.dependencies.create(dependency(3).from("IDN-7").on("Growth").describedAs("Sign-up funnel events")
                .neededBy(TODAY.plusDays(20)).requestedAt(world.clock.now()).request());
        Dependency card = world.dependencies.create(dependency(4).from("GROW-1").on("Payments")
                .describedAs("Card-on-file").neededBy(TODAY.plusDays(5)).requestedOn(TODAY.minusDays(10)).request());
        world.dependencies.recordTransition(card.commit(card.request().requestedBy(), card.requestedAt().plusSeconds(60),
                TODAY.plusDays(5)));
        Dependency committed = world.dependencies.find(card.id()).orElseThrow();
        world.dependencies.recordTransition(committed.deliver(committed.request().requestedBy(),
                committed.requestedAt().plusSeconds(120)));
    }

    @Test
    void theListCanBeNarrowedToSomeHealthsAndCappedWhileCountsStayWhole() {
        JsonNode body = server.get(PORTFOLIO + "?health=AT_RISK&health=blocked&limit=1", ADMIN).json();

        assertThat(body.get("dependencies")).extracting(row -> row.get("id").asLong()).containsExactly(2L);
        assertThat(body.get("dependenciesMatching").asInt()).isEqualTo(2);
        assertThat(body.get("summary").toString()).isEqualTo("{\"ON_TRACK\":1,\"AT_RISK\":1,\"BLOCKED\":1,\"DONE\":1}");
        assertThat(body.get("matrix")).hasSize(4);
        assertThat(server.get(PORTFOLIO, ADMIN).json().get("dependenciesMatching").asInt()).isEqualTo(4);
    }

    @Test
    void badNarrowingIsRefusedNamingTheParameter() {
        JsonNode health = server.get(PORTFOLIO + "?health=SIDEWAYS", ADMIN).json();
        RestServer.Reply limit = server.get(PORTFOLIO + "?limit=0", ADMIN);

        assertThat(health.at("/errors/0/field").asText()).isEqualTo("health");
        assertThat(health.at("/errors/0/message").asText()).contains("SIDEWAYS");
        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.json().at("/errors/0/field").asText()).isEqualTo("limit");
        assertThat(limit.json().at("/errors/0/message").asText()).contains("1 to 10000");
    }

    @Test
    void showsEveryTeamsDependenciesWorstFirstWithSummaryMatrixAndCycles() {
        JsonNode body = server.get(PORTFOLIO, ADMIN).json();

        assertThat(body.get("asOf").asText()).isEqualTo(world.clock.now().toString());
        assertThat(texts(body.get("teams"))).containsExactly("Growth", "Identity", "Payments");
        assertThat(body.get("summary").toString()).isEqualTo("{\"ON_TRACK\":1,\"AT_RISK\":1,\"BLOCKED\":1,\"DONE\":1}");
        assertThat(body.get("dependencies")).extracting(row -> row.get("id").asLong()).containsExactly(2L, 1L, 3L, 4L);
        JsonNode blocked = body.at("/dependencies/0");
        assertThat(blocked.get("consumerKey").asText()).isEqualTo("PAY-3");
        assertThat(blocked.get("consumerSummary").asText()).isEqualTo("Checkout latency");
        assertThat(blocked.get("consumerTeam").asText()).isEqualTo("Payments");
        assertThat(blocked.get("providerTeam").asText()).isEqualTo("Identity");
        assertThat(blocked.get("providerIssueKey").isNull()).isTrue();
        assertThat(blocked.get("description").asText()).isEqualTo("Token vault");
        assertThat(blocked.get("health").asText()).isEqualTo("BLOCKED");
        assertThat(texts(blocked.get("reasons"))).containsExactly("Needed by 2026-03-01, 1 day ago, and not delivered");
        assertThat(blocked.get("lateDiscovered").asBoolean()).isFalse();
        assertThat(blocked.get("neededBy").asText()).isEqualTo("2026-03-01");
        assertThat(blocked.get("committedDate").isNull()).isTrue();
        assertThat(blocked.get("ageDays").asLong()).isEqualTo(3);
        assertThat(body.at("/dependencies/1/providerIssueKey").asText()).isEqualTo("IDN-7");
        assertThat(body.at("/dependencies/2/lateDiscovered").asBoolean()).isTrue();
        assertThat(body.at("/dependencies/2/ageDays").asLong()).isZero();
        assertThat(body.at("/dependencies/3/committedDate").asText()).isEqualTo("2026-03-07");
        assertThat(body.get("matrix").toString()).isEqualTo("["
                + cell("Growth", "Identity", 0, 1, 0, 0, "AT_RISK") + ","
                + cell("Growth", "Payments", 0, 0, 0, 1, "DONE") + ","
                + cell("Identity", "Growth", 1, 0, 0, 0, "ON_TRACK") + ","
                + cell("Payments", "Identity", 0, 0, 1, 0, "BLOCKED") + "]");
        assertThat(body.get("cycles").toString()).isEqualTo("[[\"Growth\",\"Identity\"]]");
    }

    @Test
    void aViewerSeesOnlyRowsOfInitiativesTheyMayBrowseAndNoKeysTheyMayNot() {
        JsonNode body = server.get(PORTFOLIO, VIEWER).json();

        assertThat(body.get("dependencies")).extracting(row -> row.get("consumerKey").asText())
                .containsExactly("GROW-1", "GROW-1");
        assertThat(body.get("dependencies")).allSatisfy(row -> assertThat(row.get("providerIssueKey").isNull()).isTrue());
        assertThat(body.get("summary").toString()).isEqualTo("{\"ON_TRACK\":0,\"AT_RISK\":1,\"BLOCKED\":0,\"DONE\":1}");
        assertThat(body.get("matrix")).extracting(cell -> cell.get("consumerTeam").asText()).containsOnly("Growth");
        assertThat(body.get("cycles")).isEmpty();
        assertThat(body.toString()).doesNotContain("IDN-7", "PAY-3", "Token vault", "Sign-up funnel events");
    }

    @Test
    void teamsNarrowTheRowsToThoseTheyConsumeOrProvide() {
        JsonNode body = server.get(PORTFOLIO + "?team=Payments", ADMIN).json();

        assertThat(texts(body.get("teams"))).containsExactly("Payments");
        assertThat(body.get("dependencies")).extracting(row -> row.get("id").asLong()).containsExactly(2L, 4L);
        assertThat(body.get("cycles")).isEmpty();
    }

    @Test
    void severalTeamsMayBeAskedFor() {
        JsonNode body = server.get(PORTFOLIO + "?team=Payments&team=Growth", ADMIN).json();

        assertThat(texts(body.get("teams"))).containsExactly("Growth", "Payments");
        assertThat(body.get("dependencies")).extracting(row -> row.get("id").asLong()).containsExactly(2L, 1L, 3L, 4L);
    }

    @Test
    void anUnknownTeamIsRefusedByName() {
        RestServer.Reply refused = server.get(PORTFOLIO + "?team=Growth&team=Marketing&team=%21%21", ADMIN);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).isEqualTo("{\"errors\":["
                + "{\"field\":\"team\",\"message\":\"There is no team called “!!”.\"}]}");
        RestServer.Reply unknown = server.get(PORTFOLIO + "?team=Marketing", ADMIN);
        assertThat(unknown.body()).isEqualTo(
                "{\"errors\":[{\"field\":\"team\",\"message\":\"There is no team called “Marketing”.\"}]}");
    }

    @Test
    void aStrangerSeesAnEmptyPortfolioAndAnAnonymousCallerNone() {
        JsonNode stranger = server.get(PORTFOLIO, STRANGER).json();

        assertThat(stranger.get("dependencies")).isEmpty();
        assertThat(stranger.get("matrix")).isEmpty();
        assertThat(server.get(PORTFOLIO, null).status()).isEqualTo(401);
    }

    @Test
    void ageCountsWholeDaysInTheClocksZone() {
        // 09:00 UTC on 2 March is 23:00 in Kiritimati (UTC+14); 11:00 UTC is already 3 March there.
        Instant requested = Instant.parse("2026-03-02T09:00:00Z");
        MutableClock kiritimati = new MutableClock(Instant.parse("2026-03-02T11:00:00Z"), ZoneId.of("Pacific/Kiritimati"));
        world.dependencies.create(dependency(5).from("GROW-1").on("Payments").neededBy(TODAY.plusDays(9))
                .requestedAt(requested).request());
        Ports ports = new Ports(world.initiatives, world.stages, world.evidence, world.dependencies, world.permissions,
                world.teams, kiritimati, world.transactions, world.gateParameters);

        try (RestServer there = new RestServer(new Throughline(ports, PolicyParameters.defaults()), kiritimati)) {
            JsonNode rows = there.get(PORTFOLIO, ADMIN).json().get("dependencies");
            JsonNode own = there.get("/initiatives/GROW-1/dependencies", ADMIN).json();

            assertThat(ageOf(rows, 5)).isEqualTo(1);
            assertThat(ageOf(own, 5)).isEqualTo(1);
        }
        assertThat(ageOf(server.get(PORTFOLIO, ADMIN).json().get("dependencies"), 5)).isZero();
    }

    private static long ageOf(JsonNode rows, long id) {
        for (JsonNode row : rows) {
            if (row.get("id").asLong() == id) {
                return row.get("ageDays").asLong();
            }
        }
        throw new AssertionError("no dependency " + id + " in " + rows);
    }

    private static String cell(String consumer, String provider, int onTrack, int atRisk, int blocked, int done,
                               String worst) {
        return "{\"consumerTeam\":\"" + consumer + "\",\"providerTeam\":\"" + provider + "\",\"counts\":{\"ON_TRACK\":"
                + onTrack + ",\"AT_RISK\":" + atRisk + ",\"BLOCKED\":" + blocked + ",\"DONE\":" + done
                + "},\"worst\":\"" + worst + "\",\"mode\":null,\"ackSlaDays\":null,\"noInteractionContract\":true}";
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
