package io.throughline.core.evidence;

import io.throughline.core.common.Texts;
import io.throughline.core.initiative.ContractChangeId;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An evidence entry about to be appended to the ledger (it has no id yet). A DECISION entry may
 * accept a contract change ({@code accepts}): the re-baselining is then on the record.
 */
public record NewEvidence(
        InitiativeKey initiative,
        EvidenceKind kind,
        String summary,
        Optional<SourceUrl> source,
        Optional<BigDecimal> observedValue,
        LocalDate observedOn,
        UserRef recordedBy,
        Instant recordedAt,
        Optional<EvidenceId> supersedes,
        Optional<ContractChangeId> accepts,
        Optional<Decision> decision,
        Provenance provenance,
        Optional<String> contextVersion) {

    public static final int MAX_SUMMARY = 450;

    /** A person's entry that names no context version. */
    public NewEvidence(InitiativeKey initiative, EvidenceKind kind, String summary, Optional<SourceUrl> source,
                       Optional<BigDecimal> observedValue, LocalDate observedOn, UserRef recordedBy, Instant recordedAt,
                       Optional<EvidenceId> supersedes, Optional<ContractChangeId> accepts, Optional<Decision> decision) {
        this(initiative, kind, summary, source, observedValue, observedOn, recordedBy, recordedAt, supersedes,
                accepts, decision, Provenance.PERSON, Optional.empty());
    }

    /** An entry that accepts no contract change. */
    public NewEvidence(InitiativeKey initiative, EvidenceKind kind, String summary, Optional<SourceUrl> source,
                       Optional<BigDecimal> observedValue, LocalDate observedOn, UserRef recordedBy, Instant recordedAt,
                       Optional<EvidenceId> supersedes) {
        this(initiative, kind, summary, source, observedValue, observedOn, recordedBy, recordedAt, supersedes,
                Optional.empty(), Optional.empty());
    }

    /** An entry without a decision record. */
    public NewEvidence(InitiativeKey initiative, EvidenceKind kind, String summary, Optional<SourceUrl> source,
                       Optional<BigDecimal> observedValue, LocalDate observedOn, UserRef recordedBy, Instant recordedAt,
                       Optional<EvidenceId> supersedes, Optional<ContractChangeId> accepts) {
        this(initiative, kind, summary, source, observedValue, observedOn, recordedBy, recordedAt, supersedes,
                accepts, Optional.empty());
    }

    /** The same entry under another initiative key (the host renamed the issue). */
    public NewEvidence rekeyed(InitiativeKey to) {
        return new NewEvidence(to, kind, summary, source, observedValue, observedOn, recordedBy, recordedAt, supersedes,
                accepts, decision, provenance, contextVersion);
    }

    public NewEvidence {
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(kind, "kind");
        summary = Texts.requireLine(summary, "evidence summary", MAX_SUMMARY);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(observedValue, "observedValue");
        Objects.requireNonNull(observedOn, "observedOn");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(supersedes, "supersedes");
        Objects.requireNonNull(accepts, "accepts");
        if (accepts.isPresent() && kind != EvidenceKind.DECISION) {
            throw new IllegalArgumentException("only a decision accepts a contract change");
        }
        Objects.requireNonNull(decision, "decision");
        if (decision.isPresent() && kind != EvidenceKind.DECISION) {
            throw new IllegalArgumentException("only a decision carries a decision record");
        }
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(contextVersion, "contextVersion");
        if (contextVersion.isPresent() && !ContextVersions.isWellFormed(contextVersion.get())) {
            throw new IllegalArgumentException("not a context version: " + contextVersion.get());
        }
        if (kind == EvidenceKind.METRIC_READING && observedValue.isEmpty()) {
            throw new IllegalArgumentException("a metric reading needs the observed value");
        }
        if (kind != EvidenceKind.METRIC_READING && observedValue.isPresent()) {
            throw new IllegalArgumentException("only metric readings carry an observed value");
        }
    }
}
