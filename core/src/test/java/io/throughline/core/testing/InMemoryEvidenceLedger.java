package io.throughline.core.testing;

import io.throughline.core.evidence.Confirmation;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.evidence.NewEvidence;
import io.throughline.core.initiative.InitiativeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    public synchronized Optional<EvidenceEntry> find(EvidenceId id) {
        return entries.stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    @Override
    public synchronized EvidenceEntry confirm(EvidenceId id, Confirmation confirmation) {
        EvidenceEntry entry = find(id).orElseThrow(() -> new IllegalArgumentException("no entry " + id));
        if (entry.confirmation().isPresent()) {
            throw new io.throughline.core.common.ThroughlineException.Conflict(io.throughline.core.common.Message.of(
                    "throughline.evidence.confirm.already", id.toString()));
        }
        EvidenceEntry confirmed = entry.confirmed(confirmation.by(), confirmation.at());
        entries.set(entries.indexOf(entry), confirmed);
        return confirmed;
    }

    @Override
    public synchronized void rekey(InitiativeKey from, InitiativeKey to) {
        entries.replaceAll(e -> e.initiative().equals(from)
                ? new EvidenceEntry(e.id(), e.content().rekeyed(to), e.confirmation()) : e);
    }

    @Override
    public synchronized List<EvidenceEntry> changedSince(java.time.Instant from) {
        return entries.stream().filter(entry -> !entry.recordedAt().isBefore(from)
                || entry.confirmation().map(c -> !c.at().isBefore(from)).orElse(false)).toList();
    }

    @Override
    public synchronized List<EvidenceEntry> entriesFor(InitiativeKey initiative) {
        return entries.stream().filter(entry -> entry.initiative().equals(initiative)).toList();
    }
}
