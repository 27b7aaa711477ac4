package io.throughline.core.evidence;

import io.throughline.core.Ports;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeKey;
import java.util.List;

/** Recording and reading an initiative's evidence, as the acting user. */
public final class EvidenceService {

    private final Ports ports;
    private final InitiativeAccess access;

    public EvidenceService(Ports ports) {
        this.ports = ports;
        this.access = new InitiativeAccess(ports.initiatives(), ports.permissions());
    }

    /** Validates the form completely, then appends; on any problem nothing is stored. */
    public EvidenceEntry record(UserRef actor, InitiativeKey key, EvidenceForm form) {
        access.toEdit(actor, key);
        Ledger ledger = new Ledger(ports.evidence().entriesFor(key));
        NewEvidence evidence = form.validate(key, actor, ports.clock().now(), ports.clock().today(), ledger);
        return ports.evidence().append(evidence);
    }

    public Ledger ledger(UserRef actor, InitiativeKey key) {
        access.toView(actor, key);
        return new Ledger(ports.evidence().entriesFor(key));
    }

    public List<EvidenceEntry> entries(UserRef actor, InitiativeKey key) {
        return ledger(actor, key).all();
    }
}
