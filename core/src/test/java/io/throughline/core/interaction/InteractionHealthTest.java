package io.throughline.core.interaction;

import static io.throughline.core.testing.DependencyBuilder.dependency;
import static io.throughline.core.testing.InitiativeNodeBuilder.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.graph.DependencyGraph;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.graph.Health;
import io.throughline.core.graph.HealthReason;
import io.throughline.core.graph.HealthRules;
import io.throughline.core.graph.TeamMatrix;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** A pair's own acknowledgement SLA, and what a pair without a declared mode shows. */
class InteractionHealthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final int DEFAULT_SLA = 5;
    private static final Team GROWTH = Team.of("Growth");
    private static final Team IDENTITY = Team.of("Identity");
    private static final Team BILLING = Team.of("Billing");

    private static DependencyStatus judge(Dependency dependency, InteractionTable table) {
        return DependencyGraph.analyse(List.of(node("GROW-1").build()), List.of(dependency),
                new HealthRules(TODAY, ZoneOffset.UTC, DEFAULT_SLA, table)).status(dependency.id());
    }

    private static Dependency waitingDays(int days, String provider) {
        return dependency(1).on(provider).requestedOn(TODAY.minusDays(days)).neededBy(TODAY.plusDays(30)).requested();
    }

    private static InteractionTable growthToIdentity(int slaDays) {
        return new InteractionTable(List.of(new Interaction(GROWTH, IDENTITY, InteractionMode.X_AS_A_SERVICE, slaDays)), 1);
    }

    @ParameterizedTest(name = "SLA {0} days, waiting {1} -> {2}")
    @CsvSource({
            "2, 2, ON_TRACK",
            "2, 3, AT_RISK",
            "1, 1, ON_TRACK",
            "1, 2, AT_RISK",
            "0, 0, ON_TRACK",
            "0, 1, AT_RISK",
            "10, 10, ON_TRACK",
            "10, 11, AT_RISK"})
    void aRequestWaitingExactlyThePairsSlaIsOnTrackAndOneDayMoreIsAtRisk(int sla, int waiting, Health health) {
        DependencyStatus status = judge(waitingDays(waiting, "Identity"), growthToIdentity(sla));

        assertThat(status.health()).isEqualTo(health);
        assertThat(status.reasons()).isEqualTo(health == Health.AT_RISK
                ? List.of(HealthReason.of(HealthReason.Code.UNACKNOWLEDGED, waiting)) : List.of());
        assertThat(status.noInteractionContract()).isFalse();
    }

    @Test
    void aLongerPairSlaKeepsARequestOnTrackPastTheDefault() {
        assertThat(judge(waitingDays(DEFAULT_SLA + 3, "Identity"), growthToIdentity(10)).health())
                .isEqualTo(Health.ON_TRACK);
        assertThat(judge(waitingDays(DEFAULT_SLA + 3, "Identity"), InteractionTable.EMPTY).health())
                .isEqualTo(Health.AT_RISK);
    }

    @ParameterizedTest(name = "waiting {0} days with no declared mode -> {1}")
    @CsvSource({"5, ON_TRACK", "6, AT_RISK"})
    void aPairWithoutADeclaredModeKeepsTheDefaultSlaAndSaysSoWithoutChangingHealth(int waiting, Health health) {
        // Growth → Identity is declared with a one-day SLA; Growth → Billing is not declared at all.
        DependencyStatus status = judge(waitingDays(waiting, "Billing"), growthToIdentity(1));

        assertThat(status.health()).isEqualTo(health);
        assertThat(status.interaction()).isEmpty();
        assertThat(status.noInteractionContract()).isTrue();
        assertThat(status.noInteractionContractReason())
                .contains(Message.of("throughline.interaction.none", "Growth", "Billing"));
    }

    @Test
    void theDeclaredPairIsDirectedSoTheReversePairIsUndeclared() {
        InteractionTable identityToGrowth = new InteractionTable(
                List.of(new Interaction(IDENTITY, GROWTH, InteractionMode.COLLABORATION, 0)), 1);

        DependencyStatus status = judge(waitingDays(3, "Identity"), identityToGrowth);

        assertThat(status.health()).isEqualTo(Health.ON_TRACK);
        assertThat(status.noInteractionContract()).isTrue();
    }

    @Test
    void theMatrixCarriesEachDeclaredPairsInteraction() {
        Interaction declared = new Interaction(GROWTH, IDENTITY, InteractionMode.FACILITATING, 4);
        InteractionTable table = new InteractionTable(List.of(declared), 1);
        List<Dependency> dependencies = List.of(
                dependency(1).on("Identity").requestedOn(TODAY).neededBy(TODAY.plusDays(9)).requested(),
                dependency(2).on("Billing").requestedOn(TODAY).neededBy(TODAY.plusDays(9)).requested());

        TeamMatrix matrix = TeamMatrix.of(DependencyGraph.analyse(List.of(node("GROW-1").build()), dependencies,
                new HealthRules(TODAY, ZoneOffset.UTC, DEFAULT_SLA, table)).all());

        assertThat(matrix.interaction(GROWTH, IDENTITY)).contains(declared);
        assertThat(matrix.interaction(GROWTH, BILLING)).isEmpty();
        assertThat(matrix.cell(GROWTH, BILLING).total()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(InteractionMode.class)
    void aModeWithoutAnSlaGetsItsDefault(InteractionMode mode) {
        int expected = switch (mode) {
            case COLLABORATION, FACILITATING -> 5;
            case X_AS_A_SERVICE -> 2;
        };
        assertThat(mode.defaultAckSlaDays()).isEqualTo(expected);
        assertThat(Interaction.withDefaultSla(GROWTH, IDENTITY, mode).ackSlaDays()).isEqualTo(expected);
    }
}
