package io.throughline.core.testing;

import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.evidence.NewEvidence;
import io.throughline.core.initiative.InitiativeKey;
import java.util.ArrayList;
import java.util.List;

/** In-memory {@link EvidenceLedger}: a list that only grows. */
public final class InMemoryEvidenceLedger implements EvidenceLedger {

    private final List<EvidenceEntry> entries = new ArrayList<>();

    @Override
    public synchronized EvidenceEntry append(NewEvidence evidence) {
        if (evidence.supersedes().isPresent()
                && entries.stream().anyMatch(e -> e.supersedes().equals(evidence.supersedes()))) {
            throw new io.throughline.core.common.ThroughlineException.Conflict(io.throughline.core.common.Message.of(
                    "throughline.evidence.supersedes.already", evidence.supersedes().get().toString()));
        }
        EvidenceEntry entry = new EvidenceEntry(new EvidenceId(entries.size() + 1L), evidence);
        entries.add(entry);
        return entry;
    }

    @Override
    public synchronized void rekey(InitiativeKey from, InitiativeKey to) {
        entries.replaceAll(e -> e.initiative().equals(from) ? new EvidenceEntry(e.id(), new NewEvidence(to, e.kind(),
                e.summary(), e.source(), e.observedValue(), e.observedOn(), e.recordedBy(), e.recordedAt(),
                e.supersedes())) : e);
    }

    @Override
    public synchronized List<EvidenceEntry> entriesFor(InitiativeKey initiative) {
        return entries.stream().filter(entry -> entry.initiative().equals(initiative)).toList();
    }
}
