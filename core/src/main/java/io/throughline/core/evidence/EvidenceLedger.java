package io.throughline.core.evidence;

import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.KeyedByInitiative;
import java.util.List;
import java.util.Optional;

/** Port: the append-only evidence ledger. There is deliberately no way to edit or delete. */
public interface EvidenceLedger extends KeyedByInitiative {

    /** Appends the entry and returns it with its new id. */
    EvidenceEntry append(NewEvidence evidence);

    /** The initiative's entries in the order they were recorded (superseded ones included). */
    List<EvidenceEntry> entriesFor(InitiativeKey initiative);

    /**
     * Every initiative's entries recorded at or after {@code from}, and the earlier ones a person
     * confirmed at or after it, each with its confirmation, in the order recorded: one read, whatever
     * the number of initiatives (the digest reads a window so).
     */
    List<EvidenceEntry> changedSince(java.time.Instant from);

    /** One entry by its id, with its confirmation if it has one. */
    Optional<EvidenceEntry> find(EvidenceId id);

    /**
     * Records a person's confirmation of an assistant's proposed entry. An entry is confirmed once:
     * of two confirmations racing, the store keeps one and the other gets a Conflict.
     */
    EvidenceEntry confirm(EvidenceId id, Confirmation confirmation);

    /**
     * The initiative's entries now go by its new key. No entry's content changes: this follows the
     * initiative when the host renames it (see {@link io.throughline.core.initiative.InitiativeRepository#rekey}).
     */
    void rekey(InitiativeKey from, InitiativeKey to);
}
