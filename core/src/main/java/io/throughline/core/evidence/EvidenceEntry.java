package io.throughline.core.evidence;

import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an initiative's append-only evidence ledger, with the confirmation a person gave it
 * if it was an assistant's proposal.
 */
public record EvidenceEntry(EvidenceId id, NewEvidence content, Optional<Confirmation> confirmation) {

    /** An entry nobody confirmed (a person's or an integration's needs no confirmation). */
    public EvidenceEntry(EvidenceId id, NewEvidence content) {
        this(id, content, Optional.empty());
    }

    public EvidenceEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(confirmation, "confirmation");
        if (confirmation.isPresent() && !content.provenance().needsConfirmation()) {
            throw new IllegalArgumentException("only an assistant's entry is confirmed");
        }
        if (content.supersedes().map(id::equals).orElse(false)) {
            throw new IllegalArgumentException("evidence " + id + " cannot supersede itself");
        }
    }

    public InitiativeKey initiative() {
        return content.initiative();
    }

    public EvidenceKind kind() {
        return content.kind();
    }

    public String summary() {
        return content.summary();
    }

    public Optional<SourceUrl> source() {
        return content.source();
    }

    public Optional<BigDecimal> observedValue() {
        return content.observedValue();
    }

    public LocalDate observedOn() {
        return content.observedOn();
    }

    public UserRef recordedBy() {
        return content.recordedBy();
    }

    public Instant recordedAt() {
        return content.recordedAt();
    }

    public Optional<EvidenceId> supersedes() {
        return content.supersedes();
    }

    /** Who decided, the options, the choice, why and when to revisit: a decision's record, if it has one. */
    public Optional<Decision> decision() {
        return content.decision();
    }

    public Provenance provenance() {
        return content.provenance();
    }

    /** The version of the initiative's context the entry was written against, if it names one. */
    public Optional<String> contextVersion() {
        return content.contextVersion();
    }

    /** An assistant's entry no person has confirmed yet: shown apart, counted by no gate. */
    public boolean proposed() {
        return content.provenance().needsConfirmation() && confirmation.isEmpty();
    }

    /** The entry as confirmed by {@code by} at {@code at}. */
    public EvidenceEntry confirmed(UserRef by, Instant at) {
        return new EvidenceEntry(id, content, Optional.of(new Confirmation(by, at)));
    }

    /** The contract change this decision accepts, if any. */
    public Optional<io.throughline.core.initiative.ContractChangeId> accepts() {
        return content.accepts();
    }
}
