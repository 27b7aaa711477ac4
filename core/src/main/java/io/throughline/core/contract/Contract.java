package io.throughline.core.contract;

import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.initiative.EvidenceHorizon;
import java.time.LocalDate;
import io.throughline.core.initiative.ContractChangeId;
import io.throughline.core.initiative.Initiative;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An initiative's contract in force: the commitment, the changes made since, each with the DECISION
 * entry that accepted it (if one did), the values in force (committed, or as changed by an accepted
 * change, the latest accepted one winning), and the fields whose current value differs from the one
 * in force (the drift). A pure function of the commitment, the changes, the ledger and the initiative.
 */
public record Contract(Commitment commitment, List<Change> changes, Map<ContractField, Optional<String>> inForce,
                       Set<ContractField> drift) {

    /** A change with the current DECISION entry that accepts it, if any. */
    public record Change(ContractChange change, Optional<EvidenceId> acceptedBy) {
    }

    public Contract {
        changes = List.copyOf(changes);
        inForce = Map.copyOf(inForce);
        drift = drift.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(drift));
    }

    /**
     * The contract of {@code current} under {@code commitment}: only changes made at or after the
     * commitment count, and only current (not corrected) DECISION entries accept.
     */
    public static Contract of(Commitment commitment, List<ContractChange> changes, Ledger ledger, Initiative current) {
        Map<ContractChangeId, EvidenceId> acceptances = new HashMap<>();
        for (EvidenceEntry entry : ledger.current()) {
            if (entry.kind() == EvidenceKind.DECISION) {
                entry.content().accepts().ifPresent(change -> acceptances.putIfAbsent(change, entry.id()));
            }
        }
        Map<ContractField, Optional<String>> inForce = new EnumMap<>(ContractField.class);
        for (ContractField field : ContractField.values()) {
            inForce.put(field, commitment.value(field));
        }
        List<Change> since = new ArrayList<>();
        for (ContractChange change : changes) {
            if (change.at().isBefore(commitment.at())) {
                continue;
            }
            Optional<EvidenceId> accepted = Optional.ofNullable(acceptances.get(change.id()));
            since.add(new Change(change, accepted));
            if (accepted.isPresent()) {
                inForce.put(change.field(), change.after());
            }
        }
        Set<ContractField> drift = EnumSet.noneOf(ContractField.class);
        for (ContractField field : ContractField.values()) {
            if (!inForce.get(field).equals(ContractChange.valueOf(field, current))) {
                drift.add(field);
            }
        }
        return new Contract(commitment, since, inForce, drift);
    }

    /** The change not yet accepted that made the field's current value, the one the drift is about. */
    public Optional<Change> pending(ContractField field) {
        if (!drift.contains(field)) {
            return Optional.empty();
        }
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change change = changes.get(i);
            if (change.change().field() == field && change.acceptedBy().isEmpty()) {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }

    /** The initiative with the values in force, for the gates that judge what was committed. */
    public Initiative applyTo(Initiative current) {
        return new Initiative(current.key(), current.summary(), current.team(), current.stage(),
                inForce.get(ContractField.OWNER).map(UserRef::new),
                inForce.get(ContractField.SUCCESS_METRIC),
                inForce.get(ContractField.EVIDENCE_HORIZON).map(date -> new EvidenceHorizon(LocalDate.parse(date))));
    }
}
