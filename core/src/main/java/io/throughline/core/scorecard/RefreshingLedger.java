package io.throughline.core.scorecard;

import io.throughline.core.evidence.Confirmation;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.evidence.NewEvidence;
import io.throughline.core.initiative.InitiativeKey;
import java.util.List;
import java.util.Optional;

/** The evidence ledger, reporting the initiative of each entry appended or confirmed to {@link LineRefresh}. */
public final class RefreshingLedger implements EvidenceLedger {

    private final EvidenceLedger ledger;
    private final LineRefresh refresh;

    public RefreshingLedger(EvidenceLedger ledger, LineRefresh refresh) {
        this.ledger = ledger;
        this.refresh = refresh;
    }

    @Override
    public EvidenceEntry append(NewEvidence evidence) {
        EvidenceEntry entry = ledger.append(evidence);
        refresh.lineChanged(entry.initiative());
        return entry;
    }

    @Override
    public List<EvidenceEntry> entriesFor(InitiativeKey initiative) {
        return ledger.entriesFor(initiative);
    }

    @Override
    public List<EvidenceEntry> changedSince(java.time.Instant from) {
        return ledger.changedSince(from);
    }

    @Override
    public Optional<EvidenceEntry> find(EvidenceId id) {
        return ledger.find(id);
    }

    @Override
    public EvidenceEntry confirm(EvidenceId id, Confirmation confirmation) {
        EvidenceEntry entry = ledger.confirm(id, confirmation);
        refresh.lineChanged(entry.initiative());
        return entry;
    }

    @Override
    public void rekey(InitiativeKey from, InitiativeKey to) {
        ledger.rekey(from, to);
    }
}
