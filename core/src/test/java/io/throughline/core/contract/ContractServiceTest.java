package io.throughline.core.contract;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.gate.Gate;
import io.throughline.core.gate.PolicyId;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.gate.Violation;
import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.testing.TestWorld;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContractServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");
    private static final String COMMITTED_METRIC = "Activation rate: 22% -> 30%";
    private static final String LOWERED_METRIC = "Activation rate: 22% -> 26%";

    private final TestWorld world = new TestWorld(TODAY, Team.of("GROW"));
    private final UserRef pm = world.admin("pm.growth");

    private Initiative bet() {
        return initiative("GROW-1").team("GROW").owner("pm.growth").metric(COMMITTED_METRIC)
                .horizon(TODAY.plusDays(30)).build();
    }

    /** A bet with one insight on its ledger, committed by the host. */
    private Initiative committed() {
        world.app.initiatives().recordHostChange(pm, bet());
        world.app.evidence().record(pm, GROW_1, new EvidenceForm("CUSTOMER_INSIGHT", "Users stall at step 3",
                null, null, null, null));
        world.clock.advance(Duration.ofHours(1));
        return world.app.initiatives().recordHostChange(pm, bet().withStage(Stage.COMMITTED));
    }

    private Initiative edit(Initiative from, String metric) {
        world.clock.advance(Duration.ofHours(1));
        return world.app.initiatives().recordHostChange(pm, new Initiative(from.key(), from.summary(), from.team(),
                from.stage(), from.owner(), Optional.of(metric), from.evidenceHorizon()));
    }

    private EvidenceEntry decide(String accepts) {
        return world.app.evidence().record(pm, GROW_1, new EvidenceForm("DECISION", "Re-baselined after the pricing change",
                null, null, null, null, accepts));
    }

    @Test
    void committingRecordsWhoWhenWhatAndTheEvidenceJudged() {
        committed();

        Contract contract = world.app.contracts().contract(pm, GROW_1);

        Commitment commitment = contract.commitment();
        assertThat(commitment.by()).isEqualTo(pm);
        assertThat(commitment.at()).isEqualTo(world.clock.now());
        assertThat(commitment.owner()).contains(pm);
        assertThat(commitment.successMetric()).contains(COMMITTED_METRIC);
        assertThat(commitment.evidenceHorizon()).contains(new EvidenceHorizon(TODAY.plusDays(30)));
        assertThat(commitment.evidence()).extracting(id -> id.value()).containsExactly(1L);
        assertThat(contract.changes()).isEmpty();
        assertThat(contract.drift()).isEmpty();
    }

    @Test
    void aTargetEditedAfterCommitIsAChangeOnTheRecordAndDriftUntilAccepted() {
        Initiative lowered = edit(committed(), LOWERED_METRIC);

        Contract contract = world.app.contracts().contract(pm, GROW_1);

        assertThat(contract.changes()).singleElement().satisfies(change -> {
            assertThat(change.change().field()).isEqualTo(ContractField.SUCCESS_METRIC);
            assertThat(change.change().before()).contains(COMMITTED_METRIC);
            assertThat(change.change().after()).contains(LOWERED_METRIC);
            assertThat(change.change().by()).isEqualTo(pm);
            assertThat(change.acceptedBy()).isEmpty();
        });
        assertThat(contract.drift()).containsExactly(ContractField.SUCCESS_METRIC);
        assertThat(contract.inForce().get(ContractField.SUCCESS_METRIC)).contains(COMMITTED_METRIC);
        assertThat(contract.pending(ContractField.SUCCESS_METRIC)).isPresent();
        assertThat(contract.applyTo(lowered).successMetric()).contains(COMMITTED_METRIC);
    }

    @Test
    void aDecisionThatAcceptsTheChangeMovesTheContractAndACorrectionTakesItBack() {
        edit(committed(), LOWERED_METRIC);

        EvidenceEntry decision = decide("1");
        Contract accepted = world.app.contracts().contract(pm, GROW_1);
        assertThat(accepted.changes()).singleElement().extracting(Contract.Change::acceptedBy)
                .isEqualTo(Optional.of(decision.id()));
        assertThat(accepted.drift()).isEmpty();
        assertThat(accepted.inForce().get(ContractField.SUCCESS_METRIC)).contains(LOWERED_METRIC);

        // Correcting the decision (without accepting again) puts the committed target back in force.
        world.app.evidence().record(pm, GROW_1, new EvidenceForm("DECISION", "Wrong initiative, withdrawn", null, null,
                null, decision.id().toString()));
        assertThat(world.app.contracts().contract(pm, GROW_1).drift()).containsExactly(ContractField.SUCCESS_METRIC);
    }

    @Test
    void changingBackToTheCommittedValueLeavesNoDrift() {
        Initiative lowered = edit(committed(), LOWERED_METRIC);
        edit(lowered, COMMITTED_METRIC);

        Contract contract = world.app.contracts().contract(pm, GROW_1);

        assertThat(contract.changes()).hasSize(2);
        assertThat(contract.drift()).isEmpty();
    }

    @Test
    void theOutcomeGateJudgesTheCommittedTargetUntilTheChangeIsAccepted() {
        Initiative lowered = edit(committed(), LOWERED_METRIC);
        Initiative shipped = world.app.initiatives().recordHostChange(pm, lowered.withStage(Stage.SHIPPED));
        world.app.evidence().record(pm, GROW_1, new EvidenceForm("METRIC_READING", "Activation, 30 days", null, "27",
                TODAY.toString(), null));

        assertThat(outcomeViolations(shipped)).extracting(v -> v.message().key())
                .containsExactly("throughline.gate.outcome.not-met");
        decide("1");
        assertThat(outcomeViolations(shipped)).isEmpty();
    }

    private List<Violation> outcomeViolations(Initiative initiative) {
        return world.app.gates().evaluate(Gate.outcome(PolicyParameters.defaults()), initiative).results().stream()
                .filter(result -> result.policy() == PolicyId.OUTCOME_MET)
                .flatMap(result -> result.violations().stream()).toList();
    }

    @Test
    void onlyAKnownChangeOfThisInitiativeCanBeAcceptedAndOnlyByADecision() {
        edit(committed(), LOWERED_METRIC);

        assertThatThrownBy(() -> world.app.evidence().record(pm, GROW_1, new EvidenceForm("RESEARCH", "Notes", null,
                null, null, null, "1"))).isInstanceOfSatisfying(ThroughlineException.InvalidInput.class, refusal ->
                assertThat(refusal.errors()).extracting(e -> e.field() + ":" + e.message().key())
                        .containsExactly("accepts:throughline.evidence.accepts.not-a-decision"));
        for (String unknown : new String[] {"2", "0", "x"}) {
            assertThatThrownBy(() -> decide(unknown)).as(unknown)
                    .isInstanceOfSatisfying(ThroughlineException.InvalidInput.class, refusal ->
                            assertThat(refusal.errors()).extracting(e -> e.field() + ":" + e.message().key())
                                    .containsExactly("accepts:throughline.evidence.accepts.unknown"));
        }
        assertThat(world.evidence.entriesFor(GROW_1)).hasSize(1);
    }

    @Test
    void anInitiativeNeverCommittedOrUnseenHasNoContract() {
        world.app.initiatives().recordHostChange(pm, bet());

        assertThatThrownBy(() -> world.app.contracts().contract(pm, GROW_1))
                .isInstanceOf(ThroughlineException.NotFound.class);
        committed();
        assertThatThrownBy(() -> world.app.contracts().contract(UserRef.of("stranger"), GROW_1))
                .isInstanceOf(ThroughlineException.NotFound.class);
    }

    @Test
    void aNewCommitmentAfterAMoveBackToBetStartsAFreshContract() {
        Initiative lowered = edit(committed(), LOWERED_METRIC);
        world.clock.advance(Duration.ofHours(1));
        Initiative back = world.app.initiatives().recordHostChange(pm, lowered.withStage(Stage.BET));
        edit(back, "Activation rate: 22% -> 28%");
        world.clock.advance(Duration.ofHours(1));
        world.app.initiatives().recordHostChange(pm, new Initiative(back.key(), back.summary(), back.team(),
                Stage.COMMITTED, back.owner(), Optional.of("Activation rate: 22% -> 28%"), back.evidenceHorizon()));

        Contract contract = world.app.contracts().contract(pm, GROW_1);

        assertThat(world.contracts.commitmentsFor(GROW_1)).hasSize(2);
        assertThat(contract.commitment().successMetric()).contains("Activation rate: 22% -> 28%");
        // The edit made while it was a bet is no contract change; the one before the recommitment no longer counts.
        assertThat(world.contracts.changesFor(GROW_1)).hasSize(1);
        assertThat(contract.changes()).isEmpty();
        assertThat(contract.drift()).isEmpty();
    }
}
