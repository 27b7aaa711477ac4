package io.throughline.core.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reading helpers over one initiative's entries: what still stands after corrections, and which of
 * those are an assistant's proposals no person has confirmed yet.
 */
public final class Ledger {

    private final List<EvidenceEntry> entries;
    private final List<EvidenceEntry> standing;
    private final List<EvidenceEntry> current;
    private final List<EvidenceEntry> proposed;

    public Ledger(List<EvidenceEntry> entries) {
        this.entries = List.copyOf(entries);
        Set<EvidenceId> superseded = new HashSet<>();
        for (EvidenceEntry entry : this.entries) {
            entry.supersedes().ifPresent(superseded::add);
        }
        this.standing = this.entries.stream().filter(e -> !superseded.contains(e.id())).toList();
        this.current = standing.stream().filter(e -> !e.proposed()).toList();
        this.proposed = standing.stream().filter(EvidenceEntry::proposed).toList();
    }

    public List<EvidenceEntry> all() {
        return entries;
    }

    /**
     * Entries that no later entry supersedes, less the proposals nobody confirmed: the ledger as it
     * reads today, and all that any gate, roll-up or contract counts.
     */
    public List<EvidenceEntry> current() {
        return current;
    }

    /** An assistant's entries no later entry supersedes and no person has confirmed yet, oldest first. */
    public List<EvidenceEntry> proposed() {
        return proposed;
    }

    /** Entries no later entry supersedes, proposals included: what a correction may still replace. */
    public List<EvidenceEntry> standing() {
        return standing;
    }

    /** Current entries observed on or after {@code since}. */
    public List<EvidenceEntry> observedSince(LocalDate since) {
        return current.stream().filter(e -> !e.observedOn().isBefore(since)).toList();
    }

    /** The most recently observed current metric reading. */
    public Optional<EvidenceEntry> latestReading() {
        return readings().max(Comparator.comparing(EvidenceEntry::observedOn).thenComparing(EvidenceEntry::recordedAt));
    }

    /** The best current reading observed on or before {@code by}, by the given ordering of values. */
    public Optional<EvidenceEntry> readingBy(LocalDate by, Comparator<BigDecimal> better) {
        return readings().filter(e -> !e.observedOn().isAfter(by))
                .max(Comparator.comparing(e -> e.observedValue().orElseThrow(), better));
    }

    /** When the freshest current entry was observed. */
    public Optional<LocalDate> lastObserved() {
        return current.stream().map(EvidenceEntry::observedOn).max(Comparator.naturalOrder());
    }

    private java.util.stream.Stream<EvidenceEntry> readings() {
        return current.stream().filter(e -> e.kind() == EvidenceKind.METRIC_READING);
    }
}
