package io.throughline.core.evidence;

import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.KeyedByInitiative;
import java.util.List;

/** Port: the append-only evidence ledger. There is deliberately no way to edit or delete. */
public interface EvidenceLedger extends KeyedByInitiative {

    /** Appends the entry and returns it with its new id. */
    EvidenceEntry append(NewEvidence evidence);

    /** The initiative's entries in the order they were recorded (superseded ones included). */
    List<EvidenceEntry> entriesFor(InitiativeKey initiative);

    /**
     * The initiative's entries now go by its new key. No entry's content changes: this follows the
     * initiative when the host renames it (see {@link io.throughline.core.initiative.InitiativeRepository#rekey}).
     */
    void rekey(InitiativeKey from, InitiativeKey to);
}
