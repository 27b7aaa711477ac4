package io.throughline.core.contract;

import static io.throughline.core.testing.EvidenceBuilder.evidence;
import static io.throughline.core.testing.EvidenceBuilder.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.Confirmation;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.evidence.NewEvidence;
import io.throughline.core.evidence.SourceUrl;
import io.throughline.core.initiative.InitiativeKey;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EvidenceLedger} must do: keep every entry exactly as appended, in order. */
public abstract class EvidenceLedgerContract {

    private static final InitiativeKey A = InitiativeKey.parse("GROW-1");
    private static final InitiativeKey B = InitiativeKey.parse("DATA-2");

    private EvidenceLedger ledger;

    /** A fresh, empty ledger; implementations may need initiatives A and B to exist. */
    protected abstract EvidenceLedger newLedger();

    @BeforeEach
    void createLedger() {
        ledger = newLedger();
    }

    @Test
    void appendedEntryComesBackExactlyWithANewId() {
        NewEvidence sourced = evidence().on(A).kind(EvidenceKind.EXPERIMENT).observedOn(LocalDate.of(2026, 1, 3)).build();
        NewEvidence metric = reading("27.350").on(A).withoutSource().build();

        EvidenceEntry first = ledger.append(sourced);
        EvidenceEntry second = ledger.append(metric);

        assertThat(first.content()).isEqualTo(sourced);
        assertThat(second.content()).isEqualTo(metric);
        assertThat(second.id().value()).isGreaterThan(first.id().value());
        assertThat(ledger.entriesFor(A)).containsExactly(first, second);
        assertThat(ledger.entriesFor(A).get(1).observedValue()).contains(new BigDecimal("27.350"));
    }

    @Test
    void aDecisionKeepsTheContractChangeItAccepts() {
        NewEvidence plain = evidence().on(A).kind(EvidenceKind.DECISION).build();
        NewEvidence accepting = new NewEvidence(A, EvidenceKind.DECISION, "Target re-baselined", Optional.empty(),
                Optional.empty(), LocalDate.of(2026, 1, 3), plain.recordedBy(), plain.recordedAt(), Optional.empty(),
                Optional.of(new io.throughline.core.initiative.ContractChangeId(7)));

        ledger.append(plain);
        EvidenceEntry stored = ledger.append(accepting);

        assertThat(ledger.entriesFor(A)).extracting(EvidenceEntry::accepts)
                .containsExactly(Optional.empty(), Optional.of(new io.throughline.core.initiative.ContractChangeId(7)));
        assertThat(stored.content()).isEqualTo(accepting);
    }

    @Test
    void aDecisionKeepsItsRecordExactly() {
        NewEvidence plain = evidence().on(A).kind(EvidenceKind.DECISION).build();
        io.throughline.core.evidence.Decision record = new io.throughline.core.evidence.Decision(
                List.of(io.throughline.core.common.UserRef.of("pm.growth"), io.throughline.core.common.UserRef.of("lead.data")),
                List.of("Hold the target", "Re-baseline to $33,000"), Optional.of("Re-baseline to $33,000"),
                Optional.of("r".repeat(2000)), Optional.of(LocalDate.of(2027, 3, 1)));
        NewEvidence decided = new NewEvidence(A, EvidenceKind.DECISION, "Target re-baselined", Optional.empty(),
                Optional.empty(), LocalDate.of(2026, 1, 3), plain.recordedBy(), plain.recordedAt(), Optional.empty(),
                Optional.empty(), Optional.of(record));
        NewEvidence partial = new NewEvidence(A, EvidenceKind.DECISION, "Parked", Optional.empty(), Optional.empty(),
                LocalDate.of(2026, 1, 3), plain.recordedBy(), plain.recordedAt(), Optional.empty(), Optional.empty(),
                Optional.of(new io.throughline.core.evidence.Decision(List.of(), List.of(), Optional.empty(),
                        Optional.empty(), Optional.of(LocalDate.of(2026, 4, 1)))));

        ledger.append(decided);
        ledger.append(partial);

        assertThat(ledger.entriesFor(A)).extracting(EvidenceEntry::content).containsExactly(decided, partial);
    }

    @Test
    void provenanceAndContextVersionSurviveAndAConfirmationIsKept() {
        NewEvidence proposal = evidence().on(A).byAssistant("Copy assistant").contextVersion("0123456789abcdef").build();
        NewEvidence posted = evidence().on(A).byIntegration("CI pipeline").build();
        EvidenceEntry proposed = ledger.append(proposal);
        EvidenceEntry other = ledger.append(posted);
        Instant at = Instant.parse("2026-03-04T10:15:30.123Z");

        EvidenceEntry confirmed = ledger.confirm(proposed.id(), new Confirmation(UserRef.of("pm.growth"), at));

        assertThat(confirmed.confirmation()).contains(new Confirmation(UserRef.of("pm.growth"), at));
        assertThat(ledger.entriesFor(A)).containsExactly(confirmed, other);
        assertThat(ledger.entriesFor(A).get(0).content()).isEqualTo(proposal);
        assertThat(ledger.entriesFor(A).get(1).content()).isEqualTo(posted);
        assertThat(ledger.find(proposed.id())).contains(confirmed);
        assertThat(ledger.find(other.id())).contains(other);
        assertThat(ledger.find(new io.throughline.core.evidence.EvidenceId(other.id().value() + 100))).isEmpty();
    }

    @Test
    void aProposalIsConfirmedOnceEvenWhenTwoConfirmationsRace() {
        EvidenceEntry proposed = ledger.append(evidence().on(A).byAssistant("Copy assistant").build());
        Instant at = Instant.parse("2026-03-04T10:15:30Z");
        ledger.confirm(proposed.id(), new Confirmation(UserRef.of("pm.growth"), at));

        assertThatThrownBy(() -> ledger.confirm(proposed.id(), new Confirmation(UserRef.of("lead.data"), at.plusSeconds(1))))
                .isInstanceOf(io.throughline.core.common.ThroughlineException.Conflict.class);
        assertThat(ledger.find(proposed.id()).orElseThrow().confirmation().orElseThrow().by())
                .isEqualTo(UserRef.of("pm.growth"));
    }

    @Test
    void changedSinceAMomentIsWhatWasRecordedOrConfirmedFromThenOnInEveryLedger() {
        Instant t = Instant.parse("2026-03-04T00:00:00Z");
        EvidenceEntry old = ledger.append(evidence().on(A).summary("Old").recordedAt(t.minusMillis(1)).build());
        EvidenceEntry oldProposal = ledger.append(evidence().on(B).byAssistant("Copy assistant").summary("Proposed")
                .recordedAt(t.minusSeconds(3_600)).build());
        EvidenceEntry stillProposed = ledger.append(evidence().on(A).byAssistant("Copy assistant").summary("Waiting")
                .recordedAt(t.minusSeconds(60)).build());
        EvidenceEntry atTheMoment = ledger.append(evidence().on(B).summary("At the start").recordedAt(t).build());
        EvidenceEntry correction = ledger.append(evidence().on(A).summary("Corrected").supersedes(old.id().value())
                .recordedAt(t.plusSeconds(60)).build());
        EvidenceEntry confirmed = ledger.confirm(oldProposal.id(), new Confirmation(UserRef.of("lead.data"),
                t.plusSeconds(120)));

        assertThat(ledger.changedSince(t)).containsExactly(confirmed, atTheMoment, correction);
        assertThat(ledger.changedSince(t.plusSeconds(61))).containsExactly(confirmed);
        assertThat(ledger.changedSince(t.plusSeconds(121))).isEmpty();
        assertThat(ledger.changedSince(t.minusSeconds(60)))
                .containsExactly(old, confirmed, stillProposed, atTheMoment, correction);
        assertThat(ledger.entriesFor(A)).contains(old, stillProposed);
    }

    @Test
    void negativeAndPreciseReadingsSurvive() {
        EvidenceEntry entry = ledger.append(reading("-1234567.891234").on(A).build());

        assertThat(ledger.entriesFor(A)).singleElement()
                .satisfies(e -> assertThat(e.observedValue()).contains(new BigDecimal("-1234567.891234")));
        assertThat(entry.observedValue()).contains(new BigDecimal("-1234567.891234"));
    }

    @Test
    void largeReadingsAndLongOrInternationalLinksSurvive() {
        String large = "123456789012345678901234567890.123456789012345678";
        String longLink = "https://dash.example.com/q?" + "x".repeat(SourceUrl.MAX_LENGTH - 27);
        NewEvidence big = reading(large).on(A).source(longLink).build();
        NewEvidence idn = evidence().on(A).source("https://bücher.example/über").build();

        ledger.append(big);
        ledger.append(idn);

        assertThat(ledger.entriesFor(A)).extracting(EvidenceEntry::content).containsExactly(big, idn);
        assertThat(ledger.entriesFor(A).get(0).observedValue()).contains(new BigDecimal(large));
        assertThat(ledger.entriesFor(A).get(0).source().orElseThrow().toString()).hasSize(SourceUrl.MAX_LENGTH);
        assertThat(ledger.entriesFor(A).get(1).source().orElseThrow().toString()).isEqualTo("https://bücher.example/über");
    }

    @Test
    void correctionPointsAtTheEntryItSupersedes() {
        EvidenceEntry wrong = ledger.append(reading("31").on(A).build());

        EvidenceEntry correction = ledger.append(reading("29").on(A).supersedes(wrong.id().value()).build());

        assertThat(ledger.entriesFor(A)).containsExactly(wrong, correction);
        assertThat(correction.supersedes()).contains(wrong.id());
    }

    @Test
    void anEntryIsCorrectedOnceEvenWhenTwoCorrectionsRace() {
        EvidenceEntry wrong = ledger.append(reading("31").on(A).build());
        ledger.append(reading("29").on(A).supersedes(wrong.id().value()).build());

        assertThatThrownBy(() -> ledger.append(reading("28").on(A).supersedes(wrong.id().value()).build()))
                .isInstanceOf(io.throughline.core.common.ThroughlineException.Conflict.class);
        assertThat(ledger.entriesFor(A)).hasSize(2);
    }

    @Test
    void initiativesHaveSeparateLedgers() {
        EvidenceEntry forA = ledger.append(evidence().on(A).build());
        EvidenceEntry forB = ledger.append(evidence().on(B).build());

        assertThat(ledger.entriesFor(A)).containsExactly(forA);
        assertThat(ledger.entriesFor(B)).containsExactly(forB);
        assertThat(ledger.entriesFor(InitiativeKey.parse("NONE-1"))).isEmpty();
    }

    @Test
    void thePortOffersNoWayToChangeOrRemoveAnEntry() {
        // rekey renames the initiative an entry belongs to when the host renames it; no content changes.
        assertThat(Arrays.stream(EvidenceLedger.class.getMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("append", "entriesFor", "changedSince", "rekey", "find", "confirm");
    }

    @Test
    void entriesFollowTheirInitiativeToItsNewKeyAndNothingElseMoves() {
        EvidenceEntry moved = ledger.append(evidence().on(A).build());
        EvidenceEntry stays = ledger.append(evidence().on(B).build());

        ledger.rekey(A, InitiativeKey.parse("OPS-4"));
        ledger.rekey(A, InitiativeKey.parse("OPS-4"));

        assertThat(ledger.entriesFor(A)).isEmpty();
        assertThat(ledger.entriesFor(InitiativeKey.parse("OPS-4"))).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(moved.id());
            assertThat(e.summary()).isEqualTo(moved.summary());
            assertThat(e.recordedAt()).isEqualTo(moved.recordedAt());
        });
        assertThat(ledger.entriesFor(B)).containsExactly(stays);
    }
}
