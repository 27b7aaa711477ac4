package io.throughline.core.digest;

import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence an initiative gained in a digest's window: {@code entries} count at the window's end and
 * did not at its start (recorded in the window, or an assistant's proposal confirmed in it), oldest first;
 * {@code proposals} are an assistant's entries recorded in the window that nobody had confirmed by its end,
 * kept apart and counted nowhere, as the ledger keeps them.
 */
public record EvidenceAdded(List<EvidenceEntry> entries, List<EvidenceEntry> proposals) {

    public static final EvidenceAdded NONE = new EvidenceAdded(List.of(), List.of());

    public EvidenceAdded {
        entries = List.copyOf(entries);
        proposals = List.copyOf(proposals);
    }

    /** How many entries of each kind, every kind listed (0 for none), in the kinds' order. */
    public Map<EvidenceKind, Integer> byKind() {
        Map<EvidenceKind, Integer> counts = new EnumMap<>(EvidenceKind.class);
        for (EvidenceKind kind : EvidenceKind.values()) {
            counts.put(kind, 0);
        }
        entries.forEach(entry -> counts.merge(entry.kind(), 1, Integer::sum));
        return counts;
    }

    /** The decisions among the entries. */
    public List<EvidenceEntry> decisions() {
        return entries.stream().filter(entry -> entry.kind() == EvidenceKind.DECISION).toList();
    }

    public boolean isEmpty() {
        return entries.isEmpty() && proposals.isEmpty();
    }
}
