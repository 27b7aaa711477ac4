package io.throughline.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static NewEvidence validate(EvidenceForm form) {
        return form.validate(InitiativeKey.parse("GROW-1"), UserRef.of("pm.growth"), Instant.parse("2026-06-01T10:00:00Z"),
                TODAY, new Ledger(List.of()), Optional.empty());
    }

    private static EvidenceForm decision(String kind, String decidedBy, String options, String chosen, String rationale,
                                         String revisitOn) {
        return new EvidenceForm(kind, "Target re-baselined", null, null, null, null, null, decidedBy, options, chosen,
                rationale, revisitOn);
    }

    private static List<String> fields(Runnable refused) {
        try {
            refused.run();
        } catch (ThroughlineException.InvalidInput e) {
            return e.errors().stream().map(error -> error.field() + ":" + error.message().key()).toList();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aDecisionKeepsWhoDecidedTheOptionsTheChoiceWhyAndWhenToRevisit() {
        Decision decision = validate(decision("DECISION", " pm.growth, lead.data\nlead.data ",
                "Hold the target\n  Re-baseline to $33,000 \n", "Re-baseline to $33,000",
                "The reserved-capacity contract runs until March", "2026-09-01")).decision().orElseThrow();

        assertThat(decision.decidedBy()).containsExactly(UserRef.of("pm.growth"), UserRef.of("lead.data"));
        assertThat(decision.options()).containsExactly("Hold the target", "Re-baseline to $33,000");
        assertThat(decision.chosen()).contains("Re-baseline to $33,000");
        assertThat(decision.rationale()).contains("The reserved-capacity contract runs until March");
        assertThat(decision.revisitOn()).contains(LocalDate.of(2026, 9, 1));
        assertThat(validate(decision("DECISION", null, null, null, null, null)).decision()).isEmpty();
    }

    @Test
    void everyWrongPartIsNamedAtItsField() {
        assertThat(fields(() -> validate(decision("DECISION", null, "A\nB", "C", null, "2026-05-31"))))
                .containsExactly("chosen:throughline.evidence.decision.chosen-not-an-option",
                        "revisitOn:throughline.evidence.decision.revisit-past");
        assertThat(fields(() -> validate(decision("RESEARCH", "pm.growth", null, null, "Because", null))))
                .containsExactly("decidedBy:throughline.evidence.decision.not-a-decision",
                        "rationale:throughline.evidence.decision.not-a-decision");
        assertThat(fields(() -> validate(decision("DECISION", null, "x".repeat(451), null, null, null))))
                .containsExactly("options:throughline.evidence.decision.bad-line");
        String eleven = String.join("\n", java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> "Option " + i).toList());
        assertThat(fields(() -> validate(decision("DECISION", null, eleven, null, null, null))))
                .containsExactly("options:throughline.evidence.decision.too-many");
    }

    @Test
    void onlyADecisionMayCarryARecord() {
        assertThatThrownBy(() -> new NewEvidence(InitiativeKey.parse("GROW-1"), EvidenceKind.RESEARCH, "Notes",
                Optional.empty(), Optional.empty(), TODAY, UserRef.of("pm.growth"), Instant.EPOCH, Optional.empty(),
                Optional.empty(), Optional.of(new Decision(List.of(), List.of("A"), Optional.empty(), Optional.empty(),
                        Optional.empty())))).isInstanceOf(IllegalArgumentException.class);
    }
}
