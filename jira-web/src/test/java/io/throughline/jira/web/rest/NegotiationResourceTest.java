package io.throughline.jira.web.rest;

import static io.throughline.core.testing.DependencyBuilder.dependency;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.core.Ports;
import io.throughline.core.Throughline;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.gate.PolicyParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Negotiating a dependency over HTTP: the provider's requests, withdraw, revise, reopen. */
class NegotiationResourceTest extends RestTestBase {

    private static final String REQUESTS = "/teams/Identity/requests";

    private long growthOnIdentity;
    private long paymentsOnIdentity;

    @BeforeEach
    void requestDependencies() {
        growthOnIdentity = world.dependencies.create(dependency(1).from("GROW-1").on("Identity")
                .describedAs("SSO users skip the password step").neededBy(TODAY.plusDays(30))
                .requestedOn(TODAY.minusDays(7)).request()).id().value();
        paymentsOnIdentity = world.dependencies.create(dependency(2).from("PAY-3").on("Identity")
                .describedAs("Token vault <b>now</b>").neededBy(TODAY.plusDays(40)).requestedOn(TODAY).request())
                .id().value();
    }

    @Test
    void theProviderTeamSeesWhatItIsAskedEvenFromInitiativesItCannotBrowse() {
        server.post(act(paymentsOnIdentity, "commit"), LEAD_IDENTITY, "{\"committedDate\": \"2026-04-01\"}");

        RestServer.Reply reply = server.get(REQUESTS, LEAD_IDENTITY);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode list = reply.json();
        assertThat(list).extracting(node -> node.get("id").asLong()).containsExactly(growthOnIdentity, paymentsOnIdentity);
        JsonNode payments = list.get(1);
        assertThat(payments.get("state").asText()).isEqualTo("COMMITTED");
        assertThat(payments.get("description").asText()).isEqualTo("Token vault <b>now</b>");
        assertThat(payments.get("neededBy").asText()).isEqualTo("2026-04-11");
        assertThat(payments.get("consumerKey").asText()).isEqualTo("PAY-3");
        assertThat(payments.get("consumerSummary").asText()).isEqualTo("Checkout latency");
        assertThat(payments.get("consumerTeam").asText()).isEqualTo("Payments");
        assertThat(payments.get("ageDays").asLong()).isZero();
        List<String> fields = new ArrayList<>();
        payments.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as("nothing else of the initiative").doesNotContain("owner", "ownerName", "stage",
                "successMetric", "evidenceHorizon", "gates");
        assertThat(server.get("/initiatives/PAY-3/dependencies", LEAD_IDENTITY).status())
                .as("the initiative itself stays unseen").isEqualTo(404);
        assertThat(server.get("/initiatives/PAY-3", LEAD_IDENTITY).status()).isEqualTo(404);
    }

    @Test
    void requestedComeFirstThenCommittedEachByNeededBy() {
        long later = world.dependencies.create(dependency(3).from("GROW-1").on("Identity").describedAs("Later")
                .neededBy(TODAY.plusDays(50)).requestedOn(TODAY).request()).id().value();
        server.post(act(growthOnIdentity, "commit"), LEAD_IDENTITY, "{\"committedDate\": \"2026-03-20\"}");

        JsonNode list = server.get(REQUESTS, LEAD_IDENTITY).json();

        assertThat(list).extracting(node -> node.get("id").asLong())
                .containsExactly(paymentsOnIdentity, later, growthOnIdentity);
    }

    @Test
    void onlyMembersAndAdminsReadATeamsRequestsAndAnUnknownTeamIsNotFound() {
        assertThat(server.get("/teams/identity/requests", LEAD_IDENTITY).status()).as("named in any case").isEqualTo(200);
        assertThat(server.get(REQUESTS, ADMIN).status()).isEqualTo(200);
        RestServer.Reply stranger = server.get(REQUESTS, STRANGER);
        RestServer.Reply consumer = server.get(REQUESTS, PM_GROWTH);
        RestServer.Reply unknown = server.get("/teams/Nope/requests", LEAD_IDENTITY);
        RestServer.Reply anonymous = server.get(REQUESTS, null);

        assertThat(stranger.status()).isEqualTo(403);
        assertThat(consumer.status()).isEqualTo(403);
        assertThat(consumer.json().at("/errors/0/message").asText())
                .isEqualTo("Only members of Identity can read the requests made of it.");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo(
                "{\"errors\":[{\"field\":null,\"message\":\"There is no team Nope that you can see.\"}]}");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void aProviderMemberWhoCannotBrowseTheConsumerAnswersAndGetsTheRequestBack() {
        RestServer.Reply committed = server.post(act(paymentsOnIdentity, "commit"), LEAD_IDENTITY,
                "{\"committedDate\": \"2026-04-01\"}");
        RestServer.Reply revised = server.post(act(paymentsOnIdentity, "revise"), LEAD_IDENTITY,
                "{\"committedDate\": \"2026-04-08\", \"reason\": \"Vendor late\"}");

        assertThat(committed.status()).isEqualTo(200);
        assertThat(committed.json().get("health").asText()).isEqualTo("ON_TRACK");
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.json().get("slipDays").asLong()).isEqualTo(7);
    }

    @Test
    void theConsumerWithdrawsADeclinedDependencyAndItCountsNowhereButStaysOnRecord() {
        server.post(act(growthOnIdentity, "decline"), LEAD_IDENTITY, "{\"reason\": \"No capacity\"}");
        assertThat(portfolioCount()).isEqualTo(2);

        RestServer.Reply withdrawn = server.post(act(growthOnIdentity, "withdraw"), PM_GROWTH,
                "{\"reason\": \"Re-planned without SSO\"}");

        assertThat(withdrawn.status()).isEqualTo(200);
        JsonNode body = withdrawn.json();
        assertThat(body.get("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(body.get("health").isNull()).isTrue();
        assertThat(body.get("withdrawReason").asText()).isEqualTo("Re-planned without SSO");
        assertThat(body.get("declineReason").asText()).as("history kept").isEqualTo("No capacity");
        assertThat(body.get("version").asInt()).isEqualTo(2);
        JsonNode list = server.get("/initiatives/GROW-1/dependencies", PM_GROWTH).json();
        assertThat(list).singleElement().satisfies(node -> assertThat(node.get("state").asText()).isEqualTo("WITHDRAWN"));
        assertThat(portfolioCount()).as("the matrix and counts leave it out").isEqualTo(1);
        assertThat(server.get(REQUESTS, LEAD_IDENTITY).json()).extracting(node -> node.get("id").asLong())
                .containsExactly(paymentsOnIdentity);
        JsonNode gates = server.get("/initiatives/GROW-1", PM_GROWTH).json();
        assertThat(gates.toString()).doesNotContain("declined the dependency");
    }

    @Test
    void onlyThoseWhoMayEditTheConsumerWithdrawOrReopen() {
        String body = "{\"reason\": \"Not needed\"}";
        RestServer.Reply viewer = server.post(act(growthOnIdentity, "withdraw"), VIEWER, body);
        RestServer.Reply provider = server.post(act(growthOnIdentity, "withdraw"), LEAD_IDENTITY, body);
        RestServer.Reply providerUnseen = server.post(act(paymentsOnIdentity, "withdraw"), LEAD_IDENTITY, body);
        RestServer.Reply stranger = server.post(act(growthOnIdentity, "withdraw"), STRANGER, body);
        RestServer.Reply anonymous = server.post(act(growthOnIdentity, "withdraw"), null, body);
        RestServer.Reply reopen = server.post(act(growthOnIdentity, "reopen"), VIEWER, "{}");

        assertThat(viewer.status()).isEqualTo(403);
        assertThat(provider.status()).isEqualTo(403);
        assertThat(providerUnseen.status()).isEqualTo(403);
        assertThat(providerUnseen.json().at("/errors/0/message").asText())
                .isEqualTo("Only people who may edit PAY-3 can withdraw or reopen its dependencies.");
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(reopen.status()).isEqualTo(403);
        assertThat(state(growthOnIdentity)).isEqualTo(DependencyState.REQUESTED);
    }

    @Test
    void badInputIsRefusedWithFieldErrorsAndNothingChanges() {
        server.post(act(growthOnIdentity, "commit"), LEAD_IDENTITY, "{\"committedDate\": \"2026-03-20\"}");
        RestServer.Reply withdraw = server.post(act(growthOnIdentity, "withdraw"), PM_GROWTH, "{\"reason\": \" \"}");
        RestServer.Reply revise = server.post(act(growthOnIdentity, "revise"), LEAD_IDENTITY,
                "{\"committedDate\": \"2026-03-20\"}");
        RestServer.Reply past = server.post(act(growthOnIdentity, "revise"), LEAD_IDENTITY,
                "{\"committedDate\": \"2026-02-01\", \"reason\": \"Oops\"}");

        assertThat(withdraw.status()).isEqualTo(400);
        assertThat(fields(withdraw)).containsOnlyKeys("reason");
        assertThat(revise.status()).isEqualTo(400);
        assertThat(fields(revise)).containsOnly(
                Map.entry("committedDate", "2026-03-20 is already the committed date; a revision moves it."),
                Map.entry("reason", fields(withdraw).get("reason")));
        assertThat(past.status()).isEqualTo(400);
        assertThat(fields(past)).containsOnlyKeys("committedDate");
        assertThat(world.dependencies.find(new DependencyId(growthOnIdentity)).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void theProviderRevisesACommitmentAndEveryRevisionIsOnRecord() {
        RestServer.Reply committed = server.post(act(growthOnIdentity, "commit"), LEAD_IDENTITY,
                "{\"committedDate\": \"2026-03-20\"}");
        assertThat(committed.json().get("slipDays").asLong()).isZero();
        assertThat(committed.json().get("revisions")).isEmpty();

        server.post(act(growthOnIdentity, "revise"), LEAD_IDENTITY,
                "{\"committedDate\": \"2026-03-30\", \"reason\": \"Vendor late\"}");
        RestServer.Reply second = server.post(act(growthOnIdentity, "revise"), LEAD_IDENTITY,
                "{\"committedDate\": \"2026-03-25\", \"reason\": \"Pulled in\"}");

        assertThat(second.status()).isEqualTo(200);
        JsonNode body = second.json();
        assertThat(body.get("committedDate").asText()).isEqualTo("2026-03-25");
        assertThat(body.get("slipDays").asLong()).isEqualTo(5);
        assertThat(body.get("revisions")).hasSize(2);
        JsonNode first = body.get("revisions").get(0);
        assertThat(first.get("from").asText()).isEqualTo("2026-03-20");
        assertThat(first.get("to").asText()).isEqualTo("2026-03-30");
        assertThat(first.get("reason").asText()).isEqualTo("Vendor late");
        assertThat(first.get("by").asText()).isEqualTo(LEAD_IDENTITY);
        assertThat(first.get("at").asText()).isEqualTo(world.clock.now().toString());
        assertThat(server.get("/initiatives/GROW-1/dependencies", PM_GROWTH).json().get(0).get("slipDays").asLong())
                .isEqualTo(5);
        JsonNode requested = server.post(act(paymentsOnIdentity, "revise"), LEAD_IDENTITY,
                "{\"committedDate\": \"2026-03-30\", \"reason\": \"x\"}").json();
        assertThat(requested.at("/errors/0/message").asText())
                .isEqualTo("Dependency 2 is REQUESTED, so REVISE is not possible; possible now: COMMIT or DECLINE or WITHDRAW.");
        assertThat(server.post(act(growthOnIdentity, "revise"), PM_GROWTH,
                "{\"committedDate\": \"2026-03-30\", \"reason\": \"x\"}").status()).isEqualTo(403);
        assertThat(server.get("/initiatives/GROW-1/dependencies", PM_GROWTH).json().get(0).get("slipDays").isNull())
                .isFalse();
    }

    @Test
    void theConsumerReopensADeclineAsANewRoundAndTheDeclineStaysOnRecord() {
        server.post(act(growthOnIdentity, "decline"), LEAD_IDENTITY, "{\"reason\": \"No capacity\"}");
        RestServer.Reply badDate = server.post(act(growthOnIdentity, "reopen"), PM_GROWTH, "{\"neededBy\": \"2026-02-01\"}");

        RestServer.Reply reopened = server.post(act(growthOnIdentity, "reopen"), PM_GROWTH,
                "{\"neededBy\": \"2026-05-01\", \"description\": \"Only the token endpoint\"}");

        assertThat(badDate.status()).isEqualTo(400);
        assertThat(fields(badDate)).containsOnlyKeys("neededBy");
        assertThat(reopened.status()).isEqualTo(200);
        JsonNode body = reopened.json();
        assertThat(body.get("state").asText()).isEqualTo("REQUESTED");
        assertThat(body.get("round").asInt()).isEqualTo(2);
        assertThat(body.get("neededBy").asText()).isEqualTo("2026-05-01");
        assertThat(body.get("description").asText()).isEqualTo("Only the token endpoint");
        assertThat(body.get("declineReason").asText()).isEqualTo("No capacity");
        assertThat(body.get("health").asText()).isEqualTo("ON_TRACK");
        RestServer.Reply again = server.post(act(growthOnIdentity, "reopen"), PM_GROWTH, "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(server.post(act(growthOnIdentity, "withdraw"), PM_GROWTH, "{\"reason\": \"x\"}").status())
                .isEqualTo(200);
        assertThat(server.post(act(growthOnIdentity, "withdraw"), PM_GROWTH, "{\"reason\": \"x\"}").status())
                .as("withdrawn is final").isEqualTo(409);
    }

    @Test
    void ofAWithdrawalAndACommitmentAtOnceExactlyOneWinsAndTheOtherGets409() {
        Ports racing = new Ports(world.initiatives, world.stages, world.evidence,
                new RacingDependencies(world.dependencies), world.permissions, world.teams, world.clock,
                world.transactions, world.gateParameters);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (RestServer raced = new RestServer(new Throughline(racing, PolicyParameters.defaults()), world.clock)) {
            List<CompletableFuture<RestServer.Reply>> replies = List.of(
                    CompletableFuture.supplyAsync(() -> raced.post(act(growthOnIdentity, "withdraw"), ADMIN,
                            "{\"reason\": \"Not needed\"}"), callers),
                    CompletableFuture.supplyAsync(() -> raced.post(act(growthOnIdentity, "commit"), ADMIN,
                            "{\"committedDate\": \"2026-03-20\"}"), callers));

            List<RestServer.Reply> answered = replies.stream().map(CompletableFuture::join).toList();

            assertThat(answered).extracting(RestServer.Reply::status).containsExactlyInAnyOrder(200, 409);
            assertThat(world.dependencies.find(new DependencyId(growthOnIdentity)).orElseThrow().version()).isEqualTo(1);
        } finally {
            callers.shutdownNow();
        }
    }

    private long portfolioCount() {
        JsonNode portfolio = server.get("/portfolio/dependencies", ADMIN).json();
        return portfolio.get("dependencies").size();
    }

    private static Map<String, String> fields(RestServer.Reply reply) {
        Map<String, String> errors = new TreeMap<>();
        reply.json().get("errors").forEach(e -> errors.put(e.get("field").asText(), e.get("message").asText()));
        return errors;
    }

    private DependencyState state(long id) {
        return world.dependencies.find(new DependencyId(id)).orElseThrow().state();
    }

    private static String act(long id, String action) {
        return "/dependencies/" + id + "/" + action;
    }
}
