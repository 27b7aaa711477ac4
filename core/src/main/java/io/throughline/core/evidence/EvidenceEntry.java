package io.throughline.core.evidence;

import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One entry of an initiative's append-only evidence ledger. */
public record EvidenceEntry(EvidenceId id, NewEvidence content) {

    public EvidenceEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
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

    /** The contract change this decision accepts, if any. */
    public Optional<io.throughline.core.initiative.ContractChangeId> accepts() {
        return content.accepts();
    }
}
