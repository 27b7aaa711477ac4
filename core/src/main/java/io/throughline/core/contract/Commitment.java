package io.throughline.core.contract;

import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was committed, when and by whom: the owner, the success metric (as written) and the evidence
 * horizon at the moment the initiative moved from bet to committed, and the evidence entries on its
 * ledger then (the ones the commit gate judged). Never changed; a later commitment (after a move
 * back to bet) is a new record.
 */
public record Commitment(InitiativeKey initiative, Instant at, UserRef by, Optional<UserRef> owner,
                         Optional<String> successMetric, Optional<EvidenceHorizon> evidenceHorizon,
                         List<EvidenceId> evidence) {

    public Commitment {
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(successMetric, "successMetric");
        Objects.requireNonNull(evidenceHorizon, "evidenceHorizon");
        evidence = List.copyOf(evidence);
    }

    /** The commitment of {@code initiative} as it is now, on the strength of {@code evidence}. */
    public static Commitment of(Initiative initiative, UserRef by, Instant at, List<EvidenceId> evidence) {
        return new Commitment(initiative.key(), at, by, initiative.owner(), initiative.successMetric(),
                initiative.evidenceHorizon(), evidence);
    }

    /** The committed value of a field, as text (a user key, the metric as written, an ISO date). */
    public Optional<String> value(ContractField field) {
        return ContractChange.valueOf(field, owner, successMetric, evidenceHorizon);
    }
}
