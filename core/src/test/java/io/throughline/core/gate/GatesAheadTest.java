package io.throughline.core.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.Stage;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.core.testing.TestWorld;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every view shows the gate ahead of the stage: one rule, so the panel, the card and the portfolio agree. */
class GatesAheadTest {

    @ParameterizedTest(name = "{0} faces [{1}]")
    @CsvSource(delimiter = ';', value = {
            "BET; commit",
            "COMMITTED; ''",
            "DELIVERING; ''",
            "SHIPPED; outcome invalidation",
            "VALIDATED; ''",
            "INVALIDATED; ''",
            "ABANDONED; ''"})
    void eachStageFacesTheGatesAheadOfIt(Stage stage, String expected) {
        List<String> names = GateService.ahead(stage, PolicyParameters.defaults()).stream().map(Gate::name).toList();

        assertThat(String.join(" ", names)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"BET, 1", "COMMITTED, 0", "SHIPPED, 2", "ABANDONED, 0"})
    void theServiceReportsTheGatesAheadOfTheInitiativesStage(Stage stage, int gates) {
        TestWorld world = new TestWorld(LocalDate.of(2026, 2, 2), Team.of("GROW"));
        UserRef admin = world.admin("ops.lead");
        var initiative = InitiativeBuilder.initiative("GROW-1").team("GROW").stage(stage).build();
        world.initiatives.save(initiative);

        List<GateAhead> reports = world.app.gates().aheadOf(admin, initiative, PolicyParameters.defaults());

        assertThat(reports).hasSize(gates).allMatch(GateAhead::onDefaults);
        assertThat(reports).extracting(judged -> judged.report().gate())
                .containsExactlyElementsOf(GateService.ahead(stage, PolicyParameters.defaults()).stream()
                        .map(Gate::name).toList());
    }

    @Test
    void aGateIsJudgedWithTheParametersOfTheTransitionThatCarriesIt() {
        TestWorld world = new TestWorld(LocalDate.of(2026, 2, 2), Team.of("GROW"));
        UserRef admin = world.admin("ops.lead");
        var bet = InitiativeBuilder.initiative("GROW-1").team("GROW").build();
        world.initiatives.save(bet);
        PolicyParameters lenient = PolicyParameters.defaults().without(PolicyId.EVIDENCE_SUFFICIENT);

        GateAhead onDefaults = world.app.gates().aheadOf(admin, bet, PolicyParameters.defaults()).get(0);
        world.gateParameters.carry(Gate.COMMIT, lenient);
        GateAhead onTransition = world.app.gates().aheadOf(admin, bet, PolicyParameters.defaults()).get(0);

        assertThat(onDefaults.onDefaults()).isTrue();
        assertThat(onDefaults.report().verdict()).isInstanceOf(Verdict.Blocked.class);
        assertThat(onTransition.onDefaults()).isFalse();
        assertThat(onTransition.report().results()).extracting(PolicyResult::policy)
                .doesNotContain(PolicyId.EVIDENCE_SUFFICIENT);
    }
}
