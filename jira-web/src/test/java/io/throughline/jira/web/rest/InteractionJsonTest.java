package io.throughline.jira.web.rest;

import static io.throughline.core.testing.DependencyBuilder.dependency;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.core.common.Team;
import io.throughline.core.interaction.Interaction;
import io.throughline.core.interaction.InteractionMode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pair's mode in the dependency and portfolio JSON, and the flag for a pair without one. */
class InteractionJsonTest extends RestTestBase {

    @BeforeEach
    void twoRequestsOneDeclaredPair() {
        // Growth → Identity is X as a service with a one-day SLA; Growth → Payments has no mode.
        world.interactions.replace(List.of(
                new Interaction(Team.of("Growth"), Team.of("Identity"), InteractionMode.X_AS_A_SERVICE, 1)), 0);
        world.dependencies.create(dependency(1).from("GROW-1").on("Identity").describedAs("SSO step")
                .neededBy(TODAY.plusDays(30)).requestedOn(TODAY.minusDays(2)).request());
        world.dependencies.create(dependency(2).from("GROW-1").on("Payments").describedAs("Card-on-file")
                .neededBy(TODAY.plusDays(30)).requestedOn(TODAY.minusDays(2)).request());
    }

    @Test
    void theInitiativesDependenciesCarryTheModeOrSayThereIsNoneWithoutChangingHealth() {
        JsonNode body = server.get("/initiatives/GROW-1/dependencies", ADMIN).json();
        JsonNode identity = byProvider(body, "Identity");
        JsonNode payments = byProvider(body, "Payments");

        // Two days unanswered: past Identity's one-day SLA, within the default five days.
        assertThat(identity.get("health").asText()).isEqualTo("AT_RISK");
        assertThat(identity.get("interactionMode").asText()).isEqualTo("X_AS_A_SERVICE");
        assertThat(identity.get("ackSlaDays").asInt()).isEqualTo(1);
        assertThat(identity.get("noInteractionContract").asBoolean()).isFalse();
        assertThat(identity.get("noInteractionContractReason").isNull()).isTrue();
        assertThat(payments.get("health").asText()).isEqualTo("ON_TRACK");
        assertThat(payments.get("interactionMode").isNull()).isTrue();
        assertThat(payments.get("noInteractionContract").asBoolean()).isTrue();
        assertThat(payments.get("noInteractionContractReason").asText())
                .isEqualTo("Growth and Payments have no agreed way of working together");
    }

    @Test
    void thePortfolioRowsAndMatrixCellsCarryThePairsMode() {
        JsonNode body = server.get("/portfolio/dependencies", ADMIN).json();

        JsonNode identityRow = byProvider(body.get("dependencies"), "Identity");
        assertThat(identityRow.get("interactionMode").asText()).isEqualTo("X_AS_A_SERVICE");
        assertThat(byProvider(body.get("dependencies"), "Payments").get("noInteractionContract").asBoolean()).isTrue();
        JsonNode identityCell = byProvider(body.get("matrix"), "Identity");
        assertThat(identityCell.get("mode").asText()).isEqualTo("X_AS_A_SERVICE");
        assertThat(identityCell.get("ackSlaDays").asInt()).isEqualTo(1);
        assertThat(identityCell.get("noInteractionContract").asBoolean()).isFalse();
        JsonNode paymentsCell = byProvider(body.get("matrix"), "Payments");
        assertThat(paymentsCell.get("mode").isNull()).isTrue();
        assertThat(paymentsCell.get("noInteractionContract").asBoolean()).isTrue();
    }

    private static JsonNode byProvider(JsonNode list, String team) {
        for (JsonNode item : list) {
            if (item.get("providerTeam").asText().equals(team)) {
                return item;
            }
        }
        throw new AssertionError("no entry for provider " + team + " in " + list);
    }
}
