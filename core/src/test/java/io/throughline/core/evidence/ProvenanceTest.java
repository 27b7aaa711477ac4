package io.throughline.core.evidence;

import static io.throughline.core.testing.EvidenceBuilder.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.throughline.core.common.FieldError;
import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.core.testing.TestWorld;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How an entry was made, and a person's confirmation of an assistant's proposal. */
class ProvenanceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");
    private static final Instant NOW = Instant.parse("2026-02-02T09:00:00Z");

    private final TestWorld world = new TestWorld(TODAY, Team.of("Growth"));
    private final UserRef admin = world.admin("ops.lead");

    @Test
    void aLedgerSetsUnconfirmedProposalsApartFromWhatCounts() {
        EvidenceEntry person = evidence().entry(1);
        EvidenceEntry proposal = evidence().byAssistant("Copy assistant").entry(2);
        EvidenceEntry confirmed = evidence().byAssistant("Copy assistant").entry(3).confirmed(UserRef.of("pm"), NOW);
        EvidenceEntry posted = evidence().byIntegration("CI").entry(4);
        EvidenceEntry correctedProposal = evidence().byAssistant("Copy assistant").entry(5);
        EvidenceEntry correction = evidence().supersedes(5).entry(6);

        Ledger ledger = new Ledger(List.of(person, proposal, confirmed, posted, correctedProposal, correction));

        assertThat(ledger.current()).containsExactly(person, confirmed, posted, correction);
        assertThat(ledger.proposed()).containsExactly(proposal);
        assertThat(ledger.standing()).containsExactly(person, proposal, confirmed, posted, correction);
        assertThat(ledger.all()).hasSize(6);
    }

    @Test
    void aProposalIsNoReadingUntilConfirmed() {
        Ledger ledger = new Ledger(List.of(
                io.throughline.core.testing.EvidenceBuilder.reading("30").byAssistant("Metrics bot").entry(1)));

        assertThat(ledger.latestReading()).isEmpty();
        assertThat(ledger.lastObserved()).isEmpty();
    }

    @Test
    void onlyAnAssistantsEntryNeedsAndTakesAConfirmation() {
        assertThat(Provenance.PERSON.needsConfirmation()).isFalse();
        assertThat(Provenance.of(Provenance.Origin.INTEGRATION, "CI").needsConfirmation()).isFalse();
        assertThat(Provenance.of(Provenance.Origin.INTEGRATION, null).tool()).isEmpty();
        assertThatThrownBy(() -> Provenance.of(Provenance.Origin.ASSISTANT, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Provenance.of(Provenance.Origin.PERSON, "Copilot"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> evidence().entry(1).confirmed(UserRef.of("pm"), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "[{index}] provenance={0} tool={1} version={2}")
    @CsvSource(nullValues = "-", value = {
            "-,-,-,PERSON,-,-",
            "person,-,-,PERSON,-,-",
            "INTEGRATION,-,-,INTEGRATION,-,-",
            "integration,' GitHub Actions ',-,INTEGRATION,GitHub Actions,-",
            "ASSISTANT,Copy assistant,0123456789abcdef,ASSISTANT,Copy assistant,0123456789abcdef",
            "'',-,' 0123456789abcdef ',PERSON,-,0123456789abcdef"})
    void aFormSaysHowTheEntryWasMade(String provenance, String tool, String version, Provenance.Origin origin,
                                     String storedTool, String storedVersion) {
        NewEvidence made = form(provenance, tool, version).validate(GROW_1, admin, NOW, TODAY, new Ledger(List.of()),
                Optional.empty());

        assertThat(made.provenance()).isEqualTo(new Provenance(origin, Optional.ofNullable(storedTool)));
        assertThat(made.contextVersion()).isEqualTo(Optional.ofNullable(storedVersion));
    }

    @ParameterizedTest(name = "[{index}] provenance={0} tool={1} version={2}")
    @CsvSource(nullValues = "-", value = {
            "ROBOT,-,-,provenance,throughline.evidence.provenance.unknown",
            "-,Copilot,-,tool,throughline.evidence.tool.person",
            "ASSISTANT,-,-,tool,throughline.evidence.tool.required",
            "ASSISTANT,'   ',-,tool,throughline.evidence.tool.required",
            "INTEGRATION,'a\u202eb',-,tool,throughline.evidence.tool.bad",
            "-,-,0123456789ABCDEF,contextVersion,throughline.evidence.context-version.bad",
            "-,-,GROW-1@0123456789abcdef,contextVersion,throughline.evidence.context-version.bad",
            "-,-,0123456789abcde,contextVersion,throughline.evidence.context-version.bad"})
    void aBadProvenanceIsReportedOnItsField(String provenance, String tool, String version, String field, String key) {
        ThroughlineException.InvalidInput refusal = catchThrowableOfType(ThroughlineException.InvalidInput.class,
                () -> form(provenance, tool, version).validate(GROW_1, admin, NOW, TODAY, new Ledger(List.of()),
                        Optional.empty()));

        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(field);
        assertThat(refusal.errors()).extracting(e -> e.message().key()).containsExactly(key);
    }

    @Test
    void aProposalMayNotCorrectAnEntryAndNothingIsStored() {
        open(Stage.BET);
        EvidenceEntry person = world.app.evidence().record(admin, GROW_1, form(null, null, null));

        ThroughlineException.InvalidInput refusal = catchThrowableOfType(ThroughlineException.InvalidInput.class,
                () -> world.app.evidence().record(admin, GROW_1, new EvidenceForm("RESEARCH", "Better wording", null,
                        null, null, person.id().toString(), null, null, null, null, null, null, "ASSISTANT",
                        "Copy assistant", null)));

        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("supersedes");
        assertThat(world.evidence.entriesFor(GROW_1)).containsExactly(person);
        assertThat(world.app.evidence().ledger(admin, GROW_1).current()).containsExactly(person);
    }

    @Test
    void aToolNameTooLongIsRefused() {
        ThroughlineException.InvalidInput refusal = catchThrowableOfType(ThroughlineException.InvalidInput.class,
                () -> form("ASSISTANT", "x".repeat(Provenance.MAX_TOOL + 1), null).validate(GROW_1, admin, NOW, TODAY,
                        new Ledger(List.of()), Optional.empty()));

        assertThat(refusal.errors()).extracting(e -> e.message().key()).containsExactly("throughline.evidence.tool.bad");
    }

    @Test
    void aPersonConfirmsAProposalOnceAndGatesCountItFromThen() {
        open(Stage.BET);
        EvidenceEntry proposed = world.app.evidence().record(admin, GROW_1, form("ASSISTANT", "Copy assistant", null));
        assertThat(world.app.evidence().ledger(admin, GROW_1).proposed()).containsExactly(proposed);

        EvidenceEntry confirmed = world.app.evidence().confirm(admin, proposed.id());

        assertThat(confirmed.confirmation()).contains(new Confirmation(admin, world.clock.now()));
        Ledger after = world.app.evidence().ledger(admin, GROW_1);
        assertThat(after.proposed()).isEmpty();
        assertThat(after.current()).extracting(EvidenceEntry::id).containsExactly(proposed.id());
        assertThat(refusal(() -> world.app.evidence().confirm(admin, proposed.id())).problem())
                .isEqualTo(Message.of("throughline.evidence.confirm.already", proposed.id().toString()));
    }

    @Test
    void onlyAStandingProposalCanBeConfirmed() {
        open(Stage.COMMITTED);
        EvidenceEntry person = world.app.evidence().record(admin, GROW_1, form(null, null, null));
        EvidenceEntry proposal = world.app.evidence().record(admin, GROW_1, form("ASSISTANT", "Copy assistant", null));
        world.app.evidence().record(admin, GROW_1, new EvidenceForm("RESEARCH", "Rewritten by hand", null, null, null,
                proposal.id().toString()));

        assertThat(refusal(() -> world.app.evidence().confirm(admin, person.id())).problem())
                .isEqualTo(Message.of("throughline.evidence.confirm.not-proposed", person.id().toString()));
        assertThat(refusal(() -> world.app.evidence().confirm(admin, proposal.id())).problem())
                .isEqualTo(Message.of("throughline.evidence.confirm.corrected", proposal.id().toString()));
        assertThat(world.evidence.find(proposal.id()).orElseThrow().confirmation()).isEmpty();
    }

    @Test
    void aClosedInitiativesProposalStaysUnconfirmed() {
        open(Stage.BET);
        EvidenceEntry proposal = world.app.evidence().record(admin, GROW_1, form("ASSISTANT", "Copy assistant", null));
        world.initiatives.save(InitiativeBuilder.initiative(GROW_1.value()).team("Growth").stage(Stage.ABANDONED).build());

        assertThat(refusal(() -> world.app.evidence().confirm(admin, proposal.id())).problem())
                .isEqualTo(Message.of("throughline.evidence.initiative-closed", "GROW-1", "ABANDONED"));
    }

    @Test
    void whoCannotSeeTheInitiativeLearnsNothingAndWhoCannotEditItMayNotConfirm() {
        open(Stage.BET);
        EvidenceEntry proposal = world.app.evidence().record(admin, GROW_1, form("ASSISTANT", "Copy assistant", null));
        UserRef stranger = UserRef.of("stranger");
        UserRef reader = UserRef.of("reader");
        world.permissions.views(reader, "GROW");

        ThroughlineException.NotFound unseen = catchThrowableOfType(ThroughlineException.NotFound.class,
                () -> world.app.evidence().confirm(stranger, proposal.id()));
        ThroughlineException.NotFound missing = catchThrowableOfType(ThroughlineException.NotFound.class,
                () -> world.app.evidence().confirm(stranger, new EvidenceId(999)));

        assertThat(unseen.problem()).isEqualTo(Message.of("throughline.evidence.not-found", proposal.id().toString()));
        assertThat(missing.problem()).isEqualTo(Message.of("throughline.evidence.not-found", "999"));
        assertThatThrownBy(() -> world.app.evidence().confirm(reader, proposal.id()))
                .isInstanceOf(ThroughlineException.Forbidden.class);
        assertThat(world.evidence.find(proposal.id()).orElseThrow().confirmation()).isEmpty();
    }

    private void open(Stage stage) {
        world.initiatives.save(InitiativeBuilder.initiative(GROW_1.value()).team("Growth").stage(stage).build());
    }

    private static ThroughlineException.Conflict refusal(Runnable action) {
        return catchThrowableOfType(ThroughlineException.Conflict.class, action::run);
    }

    private static EvidenceForm form(String provenance, String tool, String version) {
        return new EvidenceForm("RESEARCH", "Three subject lines to try", null, null, null, null, null, null, null, null,
                null, null, provenance, tool, version);
    }
}
