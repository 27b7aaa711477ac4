package io.throughline.jira.web.rest;

import static io.throughline.core.testing.DependencyBuilder.dependency;
import static io.throughline.core.testing.EvidenceBuilder.evidence;
import static io.throughline.core.testing.EvidenceBuilder.reading;
import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.core.common.UserRef;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InitiativeResourceTest extends RestTestBase {

    @Test
    void showsTheInitiativeWithItsParsedMetricAndBothGateVerdicts() {
        JsonNode body = server.get("/initiatives/GROW-1", PM_GROWTH).json();

        assertThat(body.get("key").asText()).isEqualTo("GROW-1");
        assertThat(body.get("summary").asText()).isEqualTo("Activation onboarding");
        assertThat(body.get("team").asText()).isEqualTo("Growth");
        assertThat(body.get("owner").asText()).isEqualTo("pm.growth");
        assertThat(body.get("ownerName").asText()).as("shown by the host's name for them").isEqualTo("Pat Growth");
        assertThat(body.get("evidenceHorizon").asText()).isEqualTo("2026-05-01");
        assertThat(body.get("stage").asText()).isEqualTo("BET");
        JsonNode metric = body.get("successMetric");
        assertThat(metric.get("text").asText()).isEqualTo("Activation rate: 22% -> 30%");
        assertThat(metric.get("name").asText()).isEqualTo("Activation rate");
        assertThat(metric.get("baseline").decimalValue()).isEqualByComparingTo("22");
        assertThat(metric.get("target").decimalValue()).isEqualByComparingTo("30");
        assertThat(metric.get("unit").asText()).isEqualTo("%");
        assertThat(metric.get("direction").asText()).isEqualTo("INCREASE");
        JsonNode commit = body.at("/gates/commit");
        assertThat(commit.get("passed").asBoolean()).isFalse();
        assertThat(commit.get("violations")).hasSize(1);
        assertThat(commit.at("/violations/0/policy").asText()).isEqualTo("evidence-sufficient");
        assertThat(commit.at("/violations/0/field").isNull()).isTrue();
        assertThat(commit.at("/violations/0/message").asText()).isEqualTo(
                "No evidence entries observed in the last 90 days; at least 2 are needed, one of them with a source link.");
        JsonNode outcome = body.at("/gates/outcome");
        assertThat(outcome.get("passed").asBoolean()).isFalse();
        assertThat(outcome.at("/violations/0/policy").asText()).isEqualTo("outcome-met");
        assertThat(outcome.at("/violations/0/message").asText()).isEqualTo(
                "No metric reading was observed on or before the evidence horizon (2026-05-01). "
                        + "Record a metric reading as evidence.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "BET; commit", "COMMITTED; ''", "DELIVERING; ''", "SHIPPED; outcome invalidation", "VALIDATED; ''",
            "ABANDONED; ''"})
    void namesTheGatesAheadOfTheStageAndJudgesAllThree(Stage stage, String ahead) {
        world.initiatives.save(initiative("GROW-1").team("Growth").owner("pm.growth").stage(stage).build());

        JsonNode gates = server.get("/initiatives/GROW-1", PM_GROWTH).json().get("gates");

        List<String> names = new ArrayList<>();
        gates.get("ahead").forEach(name -> names.add(name.asText()));
        assertThat(String.join(" ", names)).isEqualTo(ahead);
        assertThat(gates.has("commit") && gates.has("outcome") && gates.has("invalidation")).isTrue();
        assertThat(gates.at("/invalidation/violations/0/policy").asText()).isEqualTo("learning-recorded");
    }

    @Test
    void eachGateSaysWhetherItWasJudgedWithTheAppsDefaults() {
        assertThat(server.get("/initiatives/GROW-1", PM_GROWTH).json().at("/gates/commit/onDefaults").asBoolean())
                .isTrue();

        world.gateParameters.carry("commit", PolicyParameters.defaults());

        assertThat(server.get("/initiatives/GROW-1", PM_GROWTH).json().at("/gates/commit/onDefaults").asBoolean())
                .isFalse();
    }

    @Test
    void commitGatePassesOnceTheEvidenceIsThere() {
        world.evidence.append(evidence().on(InitiativeKey.parse("GROW-1")).build());
        world.evidence.append(evidence().on(InitiativeKey.parse("GROW-1")).withoutSource().build());

        JsonNode commit = server.get("/initiatives/GROW-1", PM_GROWTH).json().at("/gates/commit");

        assertThat(commit.get("passed").asBoolean()).isTrue();
        assertThat(commit.get("violations")).isEmpty();
    }

    @Test
    void summarisesTheCurrentLedgerWithoutCorrectedEntries() {
        InitiativeKey grow = InitiativeKey.parse("GROW-1");
        world.evidence.append(reading("24").on(grow).observedOn(TODAY.minusDays(9)).build());
        world.evidence.append(reading("25").on(grow).observedOn(TODAY.minusDays(4)).build());
        world.evidence.append(evidence().on(grow).observedOn(TODAY.minusDays(2)).build());
        world.evidence.append(reading("26").on(grow).observedOn(TODAY.minusDays(1)).supersedes(2).build());

        JsonNode summary = server.get("/initiatives/GROW-1", PM_GROWTH).json().get("evidence");

        assertThat(summary.get("count").asInt()).isEqualTo(3);
        assertThat(summary.get("lastObservedOn").asText()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(summary.get("latestReading").decimalValue()).isEqualByComparingTo("26");
        assertThat(summary.get("latestReadingOn").asText()).isEqualTo(TODAY.minusDays(1).toString());
    }

    @Test
    void anEmptyLedgerAndNoDependenciesSummariseAsZeroAndNull() {
        JsonNode body = server.get("/initiatives/GROW-1", PM_GROWTH).json();

        assertThat(body.at("/evidence/count").asInt()).isZero();
        assertThat(body.at("/evidence/lastObservedOn").isNull()).isTrue();
        assertThat(body.at("/evidence/latestReading").isNull()).isTrue();
        assertThat(body.at("/dependencies/rollUp").isNull()).isTrue();
        assertThat(body.at("/dependencies/counts").toString())
                .isEqualTo("{\"ON_TRACK\":0,\"AT_RISK\":0,\"BLOCKED\":0,\"DONE\":0}");
    }

    @Test
    void summarisesTheDependenciesWithTheirWorstHealth() {
        world.dependencies.create(dependency(1).from("GROW-1").on("Identity").describedAs("SSO")
                .neededBy(TODAY.plusDays(30)).requestedOn(TODAY.minusDays(1)).request());
        world.dependencies.create(dependency(2).from("GROW-1").on("Payments").describedAs("Vault")
                .neededBy(TODAY.minusDays(1)).requestedOn(TODAY.minusDays(3)).request());
        world.dependencies.create(dependency(3).from("IDN-7").on("Growth").describedAs("Not GROW-1's")
                .neededBy(TODAY.minusDays(1)).requestedOn(TODAY.minusDays(3)).request());

        JsonNode dependencies = server.get("/initiatives/GROW-1", PM_GROWTH).json().get("dependencies");

        assertThat(dependencies.get("rollUp").asText()).isEqualTo("BLOCKED");
        assertThat(dependencies.get("counts").toString())
                .isEqualTo("{\"ON_TRACK\":1,\"AT_RISK\":0,\"BLOCKED\":1,\"DONE\":0}");
    }

    @Test
    void violationsNameTheFieldTheyConcern() {
        save(UserRef.of(ADMIN), initiative("GROW-2").summary("No owner yet").team("Growth").owner(null).build());

        JsonNode violations = server.get("/initiatives/GROW-2", PM_GROWTH).json().at("/gates/commit/violations");

        assertThat(violations.findValuesAsText("field")).contains("owner", "evidenceHorizon");
        assertThat(violations.findValuesAsText("policy")).contains("owner-present", "horizon-valid");
    }

    @Test
    void anUnparsableMetricKeepsItsTextAndNullParts() {
        save(UserRef.of(ADMIN), initiative("GROW-2").summary("Vague bet").team("Growth")
                .metric("make onboarding better").build());

        JsonNode metric = server.get("/initiatives/GROW-2", PM_GROWTH).json().get("successMetric");

        assertThat(metric.get("text").asText()).isEqualTo("make onboarding better");
        for (String part : new String[] {"name", "baseline", "target", "unit", "direction"}) {
            assertThat(metric.get(part).isNull()).as(part).isTrue();
        }
    }

    @Test
    void anAbsentMetricAndHorizonAreNull() {
        save(UserRef.of(ADMIN), initiative("GROW-2").summary("Bare bet").team("Growth").metric(null).build());

        JsonNode body = server.get("/initiatives/GROW-2", PM_GROWTH).json();

        assertThat(body.get("successMetric").isNull()).isTrue();
        assertThat(body.get("evidenceHorizon").isNull()).isTrue();
    }

    @Test
    void anInitiativeTheCallerMayNotSeeLooksExactlyLikeAMissingOne() {
        RestServer.Reply unseen = server.get("/initiatives/PAY-3", VIEWER);
        RestServer.Reply missing = server.get("/initiatives/PAY-4", VIEWER);

        assertThat(unseen.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(unseen.body()).isEqualTo(
                "{\"errors\":[{\"field\":null,\"message\":\"There is no initiative PAY-3 that you can see.\"}]}");
        assertThat(missing.body()).isEqualTo(unseen.body().replace("PAY-3", "PAY-4"));
    }

    @Test
    void aKeyThatCannotExistIsNotFoundToo() {
        RestServer.Reply reply = server.get("/initiatives/not-a-key", PM_GROWTH);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().at("/errors/0/message").asText()).isEqualTo("There is no initiative not-a-key that you can see.");
    }

    @Test
    void anonymousCallersGet401WithAnErrorBody() {
        RestServer.Reply reply = server.get("/initiatives/GROW-1", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).isEqualTo("{\"errors\":[{\"field\":null,\"message\":\"Log in to use Throughline.\"}]}");
    }

    @Test
    void messagesAreFormattedInTheRequestedLocale() {
        save(UserRef.of(ADMIN), initiative("GROW-2").summary("Far bet").team("Growth").stage(Stage.BET)
                .horizon(TODAY.plusDays(1200)).build());

        String german = horizonMessage("de-DE");
        String english = horizonMessage("en-GB");

        // The bundle is English only; the locale still decides how numbers are written.
        assertThat(english).isEqualTo("Evidence horizon 2029-06-14 is 1,200 days out; the limit is 180 days. "
                + "Pick a nearer date or split the bet.");
        assertThat(german).isEqualTo(english.replace("1,200", "1.200"));
    }

    private String horizonMessage(String languages) {
        JsonNode violations = server.send(server.request("/initiatives/GROW-2", PM_GROWTH)
                .header("Accept-Language", languages).GET()).json().at("/gates/commit/violations");
        for (JsonNode violation : violations) {
            if (violation.get("policy").asText().equals("horizon-valid")) {
                return violation.get("message").asText();
            }
        }
        throw new AssertionError("no horizon violation in " + violations);
    }
}
