package io.throughline.jira.web.rest;

import static io.throughline.core.testing.DependencyBuilder.dependency;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.core.Ports;
import io.throughline.core.Throughline;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.gate.PolicyParameters;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DependencyResourceTest extends RestTestBase {

    private static final String LIST = "/initiatives/GROW-1/dependencies";

    private long growthOnIdentity;
    private long paymentsOnIdentity;

    @BeforeEach
    void requestDependencies() {
        growthOnIdentity = world.dependencies.create(dependency(1).from("GROW-1").on("Identity").onIssue("IDN-7")
                .describedAs("SSO users skip the password step").neededBy(TODAY.plusDays(30))
                .requestedOn(TODAY.minusDays(7)).request()).id().value();
        paymentsOnIdentity = world.dependencies.create(dependency(2).from("PAY-3").on("Identity")
                .describedAs("Token vault").neededBy(TODAY.plusDays(10)).requestedOn(TODAY).request()).id().value();
    }

    @Test
    void requestsADependencyAndAnswersWithItsHealth() {
        RestServer.Reply created = server.post(LIST, PM_GROWTH, """
                {"providerTeam": "Payments", "description": "Card-on-file during signup", "neededBy": "2026-04-15"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(server.base() + LIST);
        JsonNode body = created.json();
        assertThat(body.get("id").asLong()).isEqualTo(3);
        assertThat(body.get("consumerKey").asText()).isEqualTo("GROW-1");
        assertThat(body.get("consumerTeam").asText()).isEqualTo("Growth");
        assertThat(body.get("providerTeam").asText()).isEqualTo("Payments");
        assertThat(body.get("providerIssueKey").isNull()).isTrue();
        assertThat(body.get("description").asText()).isEqualTo("Card-on-file during signup");
        assertThat(body.get("state").asText()).isEqualTo("REQUESTED");
        assertThat(body.get("health").asText()).isEqualTo("ON_TRACK");
        assertThat(body.get("reasons")).isEmpty();
        assertThat(body.get("lateDiscovered").asBoolean()).isFalse();
        assertThat(body.get("neededBy").asText()).isEqualTo("2026-04-15");
        assertThat(body.get("committedDate").isNull()).isTrue();
        assertThat(body.get("declineReason").isNull()).isTrue();
        assertThat(body.get("requestedBy").asText()).isEqualTo(PM_GROWTH);
        assertThat(body.get("requestedByName").asText()).isEqualTo("Pat Growth");
        assertThat(body.get("requestedAt").asText()).isEqualTo(world.clock.now().toString());
        assertThat(body.get("answeredBy").isNull()).as("nobody has answered yet").isTrue();
        assertThat(body.get("answeredByName").isNull()).isTrue();
        assertThat(body.get("answeredAt").isNull()).isTrue();
        assertThat(body.get("ageDays").asLong()).isZero();
        assertThat(body.get("version").asInt()).isZero();
        assertThat(world.dependencies.find(new DependencyId(3))).isPresent();
    }

    @Test
    void aBadRequestNamesEveryFieldAsThisApiNamesItAndStoresNothing() {
        RestServer.Reply refused = server.post(LIST, PM_GROWTH, """
                {"providerTeam": "Growth", "providerIssueKey": "IDN-7", "description": "", "neededBy": "2026-03-01"}""");

        assertThat(refused.status()).isEqualTo(400);
        Map<String, String> errors = new TreeMap<>();
        refused.json().get("errors").forEach(e -> errors.put(e.get("field").asText(), e.get("message").asText()));
        assertThat(errors).containsOnly(
                Map.entry("providerTeam", "Growth is this initiative's own team; a dependency is a request to another team."),
                Map.entry("providerIssueKey", "There is no issue IDN-7 that you can see."),
                Map.entry("description", "Description is required."),
                Map.entry("neededBy", "Needed by 2026-03-01 is in the past."));
        assertThat(world.dependencies.findAll()).hasSize(2);
    }

    @Test
    void aProviderIssueMustExistAndBeTheProvidingTeamsAndTheErrorSitsOnItsField() {
        world.teams.issue("IDN-7", IDENTITY).issue("PAY-9", PAYMENTS);

        RestServer.Reply missing = server.post(LIST, ADMIN, """
                {"providerTeam": "Identity", "providerIssueKey": "NOPE-5", "description": "SSO", "neededBy": "2026-03-01"}""");
        RestServer.Reply otherTeams = server.post(LIST, ADMIN, """
                {"providerTeam": "Identity", "providerIssueKey": "PAY-9", "description": "SSO", "neededBy": "2026-03-01"}""");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/errors/0/field").asText()).isEqualTo("providerIssueKey");
        assertThat(missing.json().at("/errors/0/message").asText()).isEqualTo("There is no issue NOPE-5 that you can see.");
        assertThat(otherTeams.status()).isEqualTo(400);
        assertThat(otherTeams.json().at("/errors/0/field").asText()).isEqualTo("providerIssueKey");
        assertThat(otherTeams.json().at("/errors/0/message").asText())
                .isEqualTo("PAY-9 belongs to Payments, not to Identity: name an issue of the team you ask, or leave it empty.");
        assertThat(world.dependencies.findAll()).hasSize(2);
    }

    @Test
    void listsTheInitiativesDependenciesWithHealthReasonsAndAge() {
        JsonNode list = server.get(LIST, LEAD_IDENTITY).json();

        assertThat(list).hasSize(1);
        JsonNode only = list.get(0);
        assertThat(only.get("id").asLong()).isEqualTo(growthOnIdentity);
        assertThat(only.get("providerIssueKey").asText()).isEqualTo("IDN-7");
        assertThat(only.get("health").asText()).isEqualTo("AT_RISK");
        assertThat(only.get("reasons")).extracting(JsonNode::asText)
                .containsExactly("Waiting 7 days for Identity to commit or decline");
        assertThat(only.get("ageDays").asLong()).isEqualTo(7);
    }

    @Test
    void providerIssueKeysTheViewerCannotSeeAreLeftOut() {
        JsonNode list = server.get(LIST, VIEWER).json();

        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("providerIssueKey").isNull()).isTrue();
        assertThat(list.get(0).get("description").asText()).isEqualTo("SSO users skip the password step");
    }

    @Test
    void theProviderCommitsToADate() {
        RestServer.Reply committed = server.post(commit(growthOnIdentity), LEAD_IDENTITY,
                "{\"committedDate\": \"2026-03-20\"}");

        assertThat(committed.status()).isEqualTo(200);
        JsonNode body = committed.json();
        assertThat(body.get("state").asText()).isEqualTo("COMMITTED");
        assertThat(body.get("committedDate").asText()).isEqualTo("2026-03-20");
        assertThat(body.get("health").asText()).isEqualTo("ON_TRACK");
        assertThat(body.get("version").asInt()).isEqualTo(1);
        assertThat(body.get("answeredBy").asText()).isEqualTo(LEAD_IDENTITY);
        assertThat(body.get("answeredByName").asText()).isEqualTo("Lee Identity");
        assertThat(body.get("answeredAt").asText()).isEqualTo(world.clock.now().toString());
        assertThat(state(growthOnIdentity)).isEqualTo(DependencyState.COMMITTED);
    }

    @Test
    void aCommitmentAfterNeededByShowsAtRisk() {
        JsonNode body = server.post(commit(growthOnIdentity), LEAD_IDENTITY, "{\"committedDate\": \"2026-04-10\"}")
                .json();

        assertThat(body.get("health").asText()).isEqualTo("AT_RISK");
        assertThat(body.get("reasons")).extracting(JsonNode::asText)
                .containsExactly("Committed for 2026-04-10, 9 days after it is needed");
    }

    @Test
    void aCommitmentWithoutAUsableDateIsRefusedAndNothingChanges() {
        RestServer.Reply missing = server.post(commit(growthOnIdentity), LEAD_IDENTITY, "{}");
        RestServer.Reply past = server.post(commit(growthOnIdentity), LEAD_IDENTITY, "{\"committedDate\": \"2026-02-01\"}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).isEqualTo(
                "{\"errors\":[{\"field\":\"committedDate\",\"message\":\"Committed date is required.\"}]}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().at("/errors/0/message").asText())
                .isEqualTo("Committed date 2026-02-01 is in the past. Commit to today or later.");
        assertThat(state(growthOnIdentity)).isEqualTo(DependencyState.REQUESTED);
    }

    @Test
    void theProviderDeclinesWithAReasonAndTheDependencyIsBlocked() {
        RestServer.Reply declined = server.post(decline(growthOnIdentity), LEAD_IDENTITY,
                "{\"reason\": \"No capacity this quarter\"}");

        assertThat(declined.status()).isEqualTo(200);
        JsonNode body = declined.json();
        assertThat(body.get("state").asText()).isEqualTo("DECLINED");
        assertThat(body.get("declineReason").asText()).isEqualTo("No capacity this quarter");
        assertThat(body.get("health").asText()).isEqualTo("BLOCKED");
        assertThat(body.get("reasons")).extracting(JsonNode::asText)
                .containsExactly("Identity declined: No capacity this quarter");
    }

    @Test
    void aDeclineNeedsAReason() {
        RestServer.Reply refused = server.post(decline(growthOnIdentity), LEAD_IDENTITY, "{\"reason\": \" \"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("reason");
        assertThat(state(growthOnIdentity)).isEqualTo(DependencyState.REQUESTED);
    }

    @Test
    void aCommittedDependencyIsDeliveredWithAnEmptyJsonObject() {
        server.post(commit(growthOnIdentity), LEAD_IDENTITY, "{\"committedDate\": \"2026-03-20\"}");

        RestServer.Reply delivered = server.post(deliver(growthOnIdentity), LEAD_IDENTITY, "{}");

        assertThat(delivered.status()).isEqualTo(200);
        assertThat(delivered.json().get("state").asText()).isEqualTo("DELIVERED");
        assertThat(delivered.json().get("health").asText()).isEqualTo("DONE");
        assertThat(delivered.json().get("version").asInt()).isEqualTo(2);
    }

    /** What a page on another site can make a browser send: a bodyless POST, with or without a type. */
    @Test
    void deliverWithoutAJsonBodyIsRefusedAndChangesNothing() {
        server.post(commit(growthOnIdentity), LEAD_IDENTITY, "{\"committedDate\": \"2026-03-20\"}");

        RestServer.Reply untyped = server.send(server.request(deliver(growthOnIdentity), LEAD_IDENTITY)
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.noBody()));
        RestServer.Reply plain = server.send(server.request(deliver(growthOnIdentity), LEAD_IDENTITY)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.noBody()));
        RestServer.Reply empty = server.send(server.request(deliver(growthOnIdentity), LEAD_IDENTITY)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(untyped.status()).isEqualTo(415);
        assertThat(plain.status()).isEqualTo(415);
        assertThat(untyped.json().at("/errors/0/message").asText())
                .isEqualTo("Send the request body as JSON (Content-Type: application/json).");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().at("/errors/0/message").asText())
                .isEqualTo("Send a JSON object as the request body (an empty object when there is nothing more to say).");
        assertThat(state(growthOnIdentity)).isEqualTo(DependencyState.COMMITTED);
    }

    @Test
    void committingADeclinedDependencyIsAConflict() {
        server.post(decline(growthOnIdentity), LEAD_IDENTITY, "{\"reason\": \"No capacity\"}");

        RestServer.Reply conflict = server.post(commit(growthOnIdentity), LEAD_IDENTITY,
                "{\"committedDate\": \"2026-03-20\"}");

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).isEqualTo("{\"errors\":[{\"field\":null,\"message\":"
                + "\"Dependency 1 is DECLINED, so COMMIT is not possible; possible now: WITHDRAW or REOPEN.\"}]}");
        assertThat(state(growthOnIdentity)).isEqualTo(DependencyState.DECLINED);
    }

    @Test
    void deliveringWhatWasNeverCommittedIsAConflict() {
        RestServer.Reply conflict = server.post(deliver(growthOnIdentity), LEAD_IDENTITY, "{}");

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().at("/errors/0/message").asText())
                .isEqualTo("Dependency 1 is REQUESTED, so DELIVER is not possible; possible now: COMMIT or DECLINE or WITHDRAW.");
    }

    @Test
    void onlyTheProvidingTeamMayAnswer() {
        RestServer.Reply refused = server.post(commit(growthOnIdentity), PM_GROWTH, "{\"committedDate\": \"2026-03-20\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("{\"errors\":[{\"field\":null,\"message\":"
                + "\"Only members of Identity can answer this dependency.\"}]}");
        assertThat(state(growthOnIdentity)).isEqualTo(DependencyState.REQUESTED);
    }

    @Test
    void aDependencyOfAnUnseenInitiativeOnAnotherTeamLooksExactlyLikeAnUnknownOne() {
        // PM Growth neither sees PAY-3 nor acts for Identity, the team it asks.
        RestServer.Reply unseen = server.post(commit(paymentsOnIdentity), PM_GROWTH, "{\"committedDate\": \"2026-03-20\"}");
        RestServer.Reply unknown = server.post(commit(99), PM_GROWTH, "{\"committedDate\": \"2026-03-20\"}");
        RestServer.Reply notAnId = server.post("/dependencies/abc/deliver", PM_GROWTH, "{}");

        assertThat(List.of(unseen.status(), unknown.status(), notAnId.status())).containsOnly(404);
        assertThat(unseen.body()).isEqualTo(
                "{\"errors\":[{\"field\":null,\"message\":\"There is no dependency 2 that you can see.\"}]}");
        assertThat(unknown.body()).isEqualTo(unseen.body().replace("dependency 2", "dependency 99"));
        assertThat(notAnId.body()).isEqualTo(unseen.body().replace("dependency 2", "dependency abc"));
        assertThat(state(paymentsOnIdentity)).isEqualTo(DependencyState.REQUESTED);
    }

    @Test
    void anonymousCallersCannotAnswer() {
        RestServer.Reply refused = server.post(commit(growthOnIdentity), null, "{\"committedDate\": \"2026-03-20\"}");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().at("/errors/0/message").asText()).isEqualTo("Log in to use Throughline.");
        assertThat(state(growthOnIdentity)).isEqualTo(DependencyState.REQUESTED);
    }

    @Test
    void ofTwoPeopleCommittingAtOnceExactlyOneWinsAndTheOtherGets409() throws Exception {
        Ports racing = new Ports(world.initiatives, world.stages, world.evidence,
                new RacingDependencies(world.dependencies), world.permissions, world.teams, world.clock,
                world.transactions, world.gateParameters);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (RestServer raced = new RestServer(new Throughline(racing, PolicyParameters.defaults()), world.clock)) {
            List<CompletableFuture<RestServer.Reply>> replies = List.of("2026-03-20", "2026-03-25").stream()
                    .map(date -> CompletableFuture.supplyAsync(() -> raced.post(commit(growthOnIdentity), ADMIN,
                            "{\"committedDate\": \"" + date + "\"}"), callers))
                    .toList();

            List<RestServer.Reply> answered = replies.stream().map(CompletableFuture::join).toList();

            assertThat(answered).extracting(RestServer.Reply::status).containsExactlyInAnyOrder(200, 409);
            RestServer.Reply winner = answered.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
            RestServer.Reply loser = answered.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertThat(loser.body()).isEqualTo("{\"errors\":[{\"field\":null,\"message\":"
                    + "\"Dependency 1 was changed by someone else meanwhile and is now COMMITTED. Reload and try again.\"}]}");
            assertThat(world.dependencies.find(new DependencyId(growthOnIdentity)).orElseThrow().committedDate()
                    .orElseThrow().toString()).isEqualTo(winner.json().get("committedDate").asText());
            assertThat(world.dependencies.find(new DependencyId(growthOnIdentity)).orElseThrow().version()).isEqualTo(1);
        } finally {
            callers.shutdownNow();
        }
    }

    private DependencyState state(long id) {
        return world.dependencies.find(new DependencyId(id)).orElseThrow().state();
    }

    private static String commit(long id) {
        return "/dependencies/" + id + "/commit";
    }

    private static String decline(long id) {
        return "/dependencies/" + id + "/decline";
    }

    private static String deliver(long id) {
        return "/dependencies/" + id + "/deliver";
    }
}
