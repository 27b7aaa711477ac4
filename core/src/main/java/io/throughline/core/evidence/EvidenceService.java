package io.throughline.core.evidence;

import io.throughline.core.common.Clock;
import io.throughline.core.common.Transactions;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeKey;
import java.util.List;

/** Recording and reading an initiative's evidence, as the acting user. */
public final class EvidenceService {

    private final EvidenceLedger ledger;
    private final InitiativeAccess access;
    private final Clock clock;
    private final Transactions transactions;

    public EvidenceService(EvidenceLedger ledger, InitiativeAccess access, Clock clock, Transactions transactions) {
        this.ledger = ledger;
        this.access = access;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Validates the form completely, then appends, in one transaction; on any problem nothing is stored. */
    public EvidenceEntry record(UserRef actor, InitiativeKey key, EvidenceForm form) {
        return transactions.inOne(() -> {
            access.toEdit(actor, key);
            Ledger current = new Ledger(ledger.entriesFor(key));
            NewEvidence evidence = form.validate(key, actor, clock.now(), clock.today(), current);
            return ledger.append(evidence);
        });
    }

    public Ledger ledger(UserRef actor, InitiativeKey key) {
        access.toView(actor, key);
        return new Ledger(ledger.entriesFor(key));
    }

    public List<EvidenceEntry> entries(UserRef actor, InitiativeKey key) {
        return ledger(actor, key).all();
    }
}
