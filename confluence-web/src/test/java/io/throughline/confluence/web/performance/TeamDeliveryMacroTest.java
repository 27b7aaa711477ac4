package io.throughline.confluence.web.performance;

import static io.throughline.confluence.web.MacroWorld.as;
import static io.throughline.confluence.web.MacroWorld.parameters;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.confluence.web.MacroWorld;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.performance.DeliveryEvent;
import io.throughline.core.performance.EventKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code throughline-team-delivery}: a team's figures from one request, its parameters checked first. */
class TeamDeliveryMacroTest {

    private static final String ADMIN = "ops.lead";

    private final MacroWorld world = new MacroWorld();

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void showsTheTeamsFiguresWithTheirCounts() {
        world.contract.world.teams.projects(Team.of("Payments"), "PAY");
        Instant now = world.contract.world.clock.now();
        world.contract.world.app.performance().record(UserRef.of(ADMIN), List.of(
                DeliveryEvent.deployment(new EventKey("ci", "d1"), now.minus(Duration.ofDays(3)), "checkout", "prod",
                        Set.of(InitiativeKey.parse("PAY-31")), List.of(), false, Set.of()),
                DeliveryEvent.incidentOpened(new EventKey("pager", "i1"), now.minus(Duration.ofDays(2)), "INC-1", "prod",
                        Optional.of("checkout"), Optional.empty())));
        world.server.answer(ADMIN, "/teams/Payments/delivery-performance?days=30", 200,
                world.contract.teamPerformance(ADMIN, "Payments", 30));

        String html = world.teamDelivery.render(parameters("team", " Payments ", "days", "30"), as(ADMIN));

        assertThat(world.server.requests()).containsExactly(ADMIN + " /teams/Payments/delivery-performance?days=30",
                ADMIN + " /teams/Payments/signals");
        assertThat(html).contains("<h3>Delivery system of Payments</h3>", "<li>Deployments: 1 in 30 days (0.23 a week)</li>",
                "<li>Change fail rate: 100 % (1 of 1 deployments; 1 tied to an incident by its service)</li>",
                "<li>Recovery time: none recovered yet (1 still open)</li>");
    }

    @Test
    void aMissingTeamOrDaysOutOfRangeAreNamedAndNothingIsAsked() {
        String missing = world.teamDelivery.render(parameters("days", "90"), as(ADMIN));
        String days = world.teamDelivery.render(parameters("team", "Mobile", "days", "400"), as(ADMIN));
        String words = world.teamDelivery.render(parameters("team", "Mobile", "days", "a month"), as(ADMIN));

        assertThat(missing).contains("Parameter team is missing.");
        assertThat(days).contains("Parameter days: &#34;400&#34; is not a whole number from 7 to 365.");
        assertThat(words).contains("Parameter days: &#34;a month&#34;");
        assertThat(world.server.requests()).isEmpty();
    }

    @Test
    void aTeamWithoutDeploymentsSaysSo() {
        world.server.answer(ADMIN, "/teams/Growth/delivery-performance?days=90", 200,
                world.contract.teamPerformance(ADMIN, "Growth", 90));

        String html = world.teamDelivery.render(parameters("team", "Growth"), as(ADMIN));

        assertThat(html).contains("No production deployments of this team’s work in the last 90 days.");
    }

    @Test
    void theTeamsSignalsFollowItsFigures() {
        world.server.answer(ADMIN, "/teams/Growth/delivery-performance?days=90", 200,
                world.contract.teamPerformance(ADMIN, "Growth", 90));
        world.server.answer(ADMIN, "/teams/Growth/signals", 200, "{\"team\":\"Growth\",\"asOf\":\"x\",\"signals\":"
                + "[{\"signal\":\"COORDINATION_DEBT\",\"name\":\"Coordination debt\",\"reason\":\"grew <4> weeks\"}],"
                + "\"weeklyAcknowledgementDays\":[1,2,3,4,5]}");

        String html = world.teamDelivery.render(parameters("team", "Growth"), as(ADMIN));

        assertThat(html).contains("<div class=\"throughline-team-signals\"><p class=\"throughline-heading\">Signals</p>",
                "data-signal=\"COORDINATION_DEBT\"><span class=\"aui-lozenge aui-lozenge-moved\">Coordination debt</span>"
                        + " grew &#60;4&#62; weeks</li>");
    }

    @Test
    void aTeamRaisingNoSignalSaysSo() {
        world.server.answer(ADMIN, "/teams/Growth/delivery-performance?days=90", 200,
                world.contract.teamPerformance(ADMIN, "Growth", 90));
        world.server.answer(ADMIN, "/teams/Growth/signals", 200, world.contract.teamSignals(ADMIN, "Growth"));

        assertThat(world.teamDelivery.render(parameters("team", "Growth"), as(ADMIN)))
                .contains("<p>No signal raised: the record agrees with the status.</p>");
    }
}
