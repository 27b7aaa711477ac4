package io.throughline.jira.web.rest;

import static io.throughline.core.testing.DependencyBuilder.dependency;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.Ports;
import io.throughline.core.Throughline;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.InitiativeKey;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every endpoint shares: body limits, JSON only, one error shape, no internals in any answer. */
class ProtocolTest extends RestTestBase {

    private static final String EVIDENCE = "/initiatives/GROW-1/evidence";
    private static final int LIMIT = 64 * 1024;
    private static final String TOO_LARGE =
            "{\"errors\":[{\"field\":null,\"message\":\"The request body is larger than 64 KiB.\"}]}";
    @Test
    void aBodyDeclaredLargerThan64KiBIsRefusedWith413() {
        RestServer.Reply refused = server.send(server.request(EVIDENCE, PM_GROWTH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(evidenceOfSize(LIMIT + 1))));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).isEqualTo(TOO_LARGE);
        assertThat(world.evidence.entriesFor(InitiativeKey.parse("GROW-1"))).isEmpty();
    }

    @Test
    void aDeclaredLengthOver64KiBIsRefusedBeforeTheRequestIsServed() {
        long id = world.dependencies.create(dependency(1).from("GROW-1").on("Identity").neededBy(TODAY.plusDays(9))
                .requestedOn(TODAY).request()).id().value();
        server.post("/dependencies/" + id + "/commit", ADMIN, "{\"committedDate\": \"2026-03-09\"}");

        // deliver never reads its body, so only the declared length can stop it.
        RestServer.Reply refused = server.send(server.request("/dependencies/" + id + "/deliver", ADMIN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(evidenceOfSize(LIMIT + 1))));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).isEqualTo(TOO_LARGE);
        assertThat(world.dependencies.find(new DependencyId(id)).orElseThrow().state())
                .isEqualTo(DependencyState.COMMITTED);
    }

    @Test
    void aChunkedBodyLargerThan64KiBIsRefusedWith413() {
        RestServer.Reply refused = server.send(chunked(evidenceOfSize(LIMIT + 1)));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).isEqualTo(TOO_LARGE);
        assertThat(world.evidence.entriesFor(InitiativeKey.parse("GROW-1"))).isEmpty();
    }

    @Test
    void bodiesUpTo64KiBAreReadChunkedOrNot() {
        RestServer.Reply declared = server.send(server.request(EVIDENCE, PM_GROWTH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(evidenceOfSize(LIMIT))));
        RestServer.Reply chunked = server.send(chunked(evidenceOfSize(LIMIT)));

        // Read in full and judged by the core: the summary is far over its own limit.
        assertThat(declared.status()).isEqualTo(400);
        assertThat(declared.json().at("/errors/0/field").asText()).isEqualTo("summary");
        assertThat(chunked.body()).isEqualTo(declared.body());
        RestServer.Reply small = server.send(chunked(
                "{\"kind\": \"DECISION\", \"summary\": \"Go for SSO first\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(small.status()).isEqualTo(201);
    }

    @Test
    void formAndTextBodiesAreRefusedWith415() {
        RestServer.Reply form = server.send(server.request(EVIDENCE, PM_GROWTH)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("kind=DECISION&summary=Go")));
        RestServer.Reply text = server.send(server.request("/dependencies/1/deliver", ADMIN)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("deliver it")));

        String expected = "{\"errors\":[{\"field\":null,\"message\":"
                + "\"Send the request body as JSON (Content-Type: application/json).\"}]}";
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.body()).isEqualTo(expected);
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.body()).isEqualTo(expected);
        assertThat(world.evidence.entriesFor(InitiativeKey.parse("GROW-1"))).isEmpty();
    }

    @Test
    void malformedJsonIsA400SayingWhereItBreaksWithoutTheParsersWords() {
        RestServer.Reply refused = server.post(EVIDENCE, PM_GROWTH, "{\"kind\": \"DECISION\", \"summary\": ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/json");
        assertThat(refused.body()).isEqualTo(
                "{\"errors\":[{\"field\":null,\"message\":\"The request body is not valid JSON: it breaks at line 1, column 33.\"}]}");
    }

    @Test
    void aWrongJsonTypeIsA400NamingTheField() {
        RestServer.Reply object = server.post(EVIDENCE, PM_GROWTH,
                "{\"observedOn\": {\"day\": \"2026-03-01\"}, \"summary\": \"x\"}");
        RestServer.Reply key = server.post("/initiatives/GROW-1/dependencies", PM_GROWTH,
                "{\"providerIssueKey\": [\"IDN-1\"]}");

        assertThat(object.status()).isEqualTo(400);
        assertThat(object.body()).isEqualTo("{\"errors\":[{\"field\":\"observedOn\",\"message\":"
                + "\"Observed on (observedOn) holds an object or a list; give it a value in quotes, or a number.\"}]}");
        assertThat(key.status()).isEqualTo(400);
        assertThat(key.body()).contains("\"field\":\"providerIssueKey\"", "Provider issue (providerIssueKey) holds");
        assertThat(world.evidence.entriesFor(InitiativeKey.parse("GROW-1"))).isEmpty();
    }

    @Test
    void aBodyThatIsNotAnObjectIsA400SayingSo() {
        RestServer.Reply array = server.post("/dependencies/1/commit", ADMIN, "[\"2026-03-20\"]");

        assertThat(array.status()).isEqualTo(400);
        assertThat(array.body()).isEqualTo("{\"errors\":[{\"field\":null,\"message\":"
                + "\"The request body must be one JSON object whose fields are named as documented.\"}]}");
    }

    @Test
    void noRefusalOfABodySaysNotJsonOfTheExpectedShape() {
        List<String> bodies = List.of("{", "[]", "\"text\"", "{\"kind\": [1]}", "{\"summary\": {}}", "{,}", "12");
        for (String body : bodies) {
            RestServer.Reply refused = server.post(EVIDENCE, PM_GROWTH, body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.body()).as(body).doesNotContain("expected shape").doesNotContain("jackson")
                    .doesNotContain("io.throughline");
        }
    }

    @Test
    void aNumberOrBooleanForATextFieldIsRefusedNamingEachFieldAndNothingIsStored() {
        RestServer.Reply refused = server.post(EVIDENCE, PM_GROWTH,
                "{\"kind\": \"DECISION\", \"summary\": 1, \"sourceUrl\": true}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("summary");
        assertThat(refused.json().at("/errors/0/message").asText()).isEqualTo("Summary (summary) must be text in quotes, not 1.");
        assertThat(refused.json().at("/errors/1/field").asText()).isEqualTo("sourceUrl");
        assertThat(refused.json().at("/errors/1/message").asText()).endsWith("must be text in quotes, not true.");
        assertThat(world.evidence.entriesFor(InitiativeKey.parse("GROW-1"))).isEmpty();
        // A reading is a number in all but type: sent as one, it is read as its digits.
        RestServer.Reply reading = server.post(EVIDENCE, PM_GROWTH, "{\"kind\": \"METRIC_READING\","
                + " \"summary\": \"Dashboard\", \"observedValue\": 27, \"observedOn\": \"" + TODAY + "\"}");
        assertThat(reading.status()).as(reading.body()).isEqualTo(201);
    }

    @ParameterizedTest(name = "summary with U+{0}")
    @ValueSource(strings = {"0000", "001B", "202E", "2066", "2069"})
    void controlAndDirectionCharactersAreRefusedWithAFieldErrorAndNothingIsStored(String codePoint) {
        String hidden = "\\u" + codePoint;
        RestServer.Reply refused = server.post(EVIDENCE, PM_GROWTH,
                "{\"kind\": \"DECISION\", \"summary\": \"Ship " + hidden + "it\", \"sourceUrl\": \"https://x.example/" + hidden + "\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("summary");
        assertThat(refused.json().at("/errors/0/message").asText()).isEqualTo(
                "Summary must be a single line of plain text, without control characters or invisible text-direction marks.");
        assertThat(refused.json().at("/errors/1/field").asText()).isEqualTo("sourceUrl");
        assertThat(world.evidence.entriesFor(InitiativeKey.parse("GROW-1"))).isEmpty();
    }

    @Test
    void everyAnswerIsForTheAskerAloneAndNeverSniffed() {
        RestServer.Reply card = server.get("/initiatives/GROW-1", ADMIN);
        RestServer.Reply unknown = server.get("/initiatives/GROW-404", ADMIN);
        RestServer.Reply refused = server.post(EVIDENCE, PM_GROWTH, "{\"kind\": \"GUESS\"}");

        for (RestServer.Reply reply : List.of(card, unknown, refused)) {
            assertThat(reply.header("Cache-Control")).as(reply.body()).isEqualTo("private, no-store");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        assertThat(List.of(card.status(), unknown.status(), refused.status())).containsExactly(200, 404, 400);
    }

    @Test
    void theRuntimesOwnRefusalsKeepTheirStatusButGetTheErrorShape() {
        RestServer.Reply wrongMethod = server.send(server.request("/initiatives/GROW-1", ADMIN)
                .DELETE());
        RestServer.Reply nowhere = server.get("/no/such/place", ADMIN);

        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).contains("GET");
        assertThat(wrongMethod.body()).isEqualTo("{\"errors\":[{\"field\":null,"
                + "\"message\":\"This address does not accept that request method.\"}]}");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.body()).isEqualTo(
                "{\"errors\":[{\"field\":null,\"message\":\"There is nothing at this address.\"}]}");
    }

    @ParameterizedTest(name = "neededBy {0}")
    @ValueSource(strings = {"+999999999-12-31", "9999-01-01", "1969-12-31"})
    void aDateOutsideTheAppsWindowIsAFieldErrorAndNothingIsStored(String date) {
        int before = world.dependencies.findAll().size();
        RestServer.Reply refused = server.post("/initiatives/GROW-1/dependencies", PM_GROWTH,
                "{\"providerTeam\": \"Payments\", \"description\": \"Card on file\", \"neededBy\": \"" + date + "\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"neededBy\"", "is outside the dates this app takes");
        assertThat(world.dependencies.findAll()).hasSize(before);
    }

    @ParameterizedTest(name = "Accept-Language ''{0}''")
    @ValueSource(strings = {",", ";", "en;q=2", "??"})
    void anUnreadableAcceptLanguageFallsBackToTheDefaultLocale(String header) {
        RestServer.Reply reply = server.send(server.request("/initiatives/GROW-1", ADMIN)
                .header("Accept-Language", header).GET());

        assertThat(reply.status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "dependency {0}")
    @ValueSource(strings = {"2147483648", "9223372036854775807", "99999999999999999999", "-1", "0"})
    void aDependencyIdBeyondAnyRowIsNotFound(String id) {
        RestServer.Reply reply = server.get("/dependencies/" + id, ADMIN);

        assertThat(reply.status()).isIn(404, 405);
        assertThat(server.post("/dependencies/" + id + "/deliver", ADMIN, "{}").status()).isEqualTo(404);
    }

    @Test
    void anUnexpectedFailureIsA500ThatTellsNothing() {
        Ports broken = new Ports(new ThrowingInitiatives(), world.stages, world.evidence, world.dependencies,
                world.permissions, world.teams, world.clock, world.transactions, world.gateParameters);
        try (RestServer failing = new RestServer(new Throughline(broken, PolicyParameters.defaults()), world.clock)) {
            RestServer.Reply initiative = failing.get("/initiatives/GROW-1", ADMIN);
            RestServer.Reply portfolio = failing.get("/portfolio/dependencies", ADMIN);

            String expected = "{\"errors\":[{\"field\":null,\"message\":"
                    + "\"Something went wrong on our side and has been logged. Try again later.\"}]}";
            assertThat(initiative.status()).isEqualTo(500);
            assertThat(initiative.body()).isEqualTo(expected);
            assertThat(portfolio.status()).isEqualTo(500);
            assertThat(portfolio.body()).isEqualTo(expected);
        }
    }

    private HttpRequest.Builder chunked(byte[] body) {
        // An input stream of unknown length makes the client send Transfer-Encoding: chunked.
        return server.request(EVIDENCE, PM_GROWTH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    }

    /** A valid evidence JSON object of exactly {@code size} bytes. */
    private static byte[] evidenceOfSize(int size) {
        String head = "{\"kind\": \"DECISION\", \"summary\": \"";
        String tail = "\"}";
        return (head + "x".repeat(size - head.length() - tail.length()) + tail).getBytes(StandardCharsets.UTF_8);
    }
}
