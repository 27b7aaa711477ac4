package io.throughline.core.contract;

import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.ContractChangeId;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change to a committed initiative's contract, as the host made it: when, by whom, which field,
 * and the values before and after as text (a user key, the metric as written, an ISO date; empty
 * for none). Appended, never changed: accepting it is a DECISION evidence entry that names it.
 */
public record ContractChange(ContractChangeId id, InitiativeKey initiative, Instant at, UserRef by,
                             ContractField field, Optional<String> before, Optional<String> after) {

    public ContractChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** A change about to be appended (the store gives it its id). */
    public record New(InitiativeKey initiative, Instant at, UserRef by, ContractField field, Optional<String> before,
                      Optional<String> after) {
        public New {
            Objects.requireNonNull(initiative, "initiative");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            if (before.equals(after)) {
                throw new IllegalArgumentException("a change needs a different value: " + field + " " + before);
            }
        }
    }

    /** The field's value on an initiative, as text. */
    public static Optional<String> valueOf(ContractField field, Initiative initiative) {
        return valueOf(field, initiative.owner(), initiative.successMetric(), initiative.evidenceHorizon());
    }

    static Optional<String> valueOf(ContractField field, Optional<UserRef> owner, Optional<String> metric,
                                    Optional<EvidenceHorizon> horizon) {
        return switch (field) {
            case OWNER -> owner.map(UserRef::key);
            case SUCCESS_METRIC -> metric;
            case EVIDENCE_HORIZON -> horizon.map(h -> h.date().toString());
        };
    }
}
