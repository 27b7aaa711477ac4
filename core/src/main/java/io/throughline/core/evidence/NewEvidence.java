package io.throughline.core.evidence;

import io.throughline.core.common.Texts;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** An evidence entry about to be appended to the ledger (it has no id yet). */
public record NewEvidence(
        InitiativeKey initiative,
        EvidenceKind kind,
        String summary,
        Optional<SourceUrl> source,
        Optional<BigDecimal> observedValue,
        LocalDate observedOn,
        UserRef recordedBy,
        Instant recordedAt,
        Optional<EvidenceId> supersedes) {

    public static final int MAX_SUMMARY = 450;

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
        if (kind == EvidenceKind.METRIC_READING && observedValue.isEmpty()) {
            throw new IllegalArgumentException("a metric reading needs the observed value");
        }
        if (kind != EvidenceKind.METRIC_READING && observedValue.isPresent()) {
            throw new IllegalArgumentException("only metric readings carry an observed value");
        }
    }
}
