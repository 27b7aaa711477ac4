package io.throughline.core.testing;

import io.throughline.core.dependency.DependencyId;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.portfolio.DependencyStatuses;
import io.throughline.core.portfolio.StoredStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Stored dependency statuses in memory, one per dependency, the one computed last kept; counts its reads. */
public final class InMemoryDependencyStatuses implements DependencyStatuses {

    private final Map<Long, StoredStatus> byId = new TreeMap<>();
    private int reads;
    private int replaces;

    @Override
    public synchronized List<StoredStatus> all() {
        reads++;
        return List.copyOf(byId.values());
    }

    @Override
    public synchronized List<StoredStatus> ofConsumers(Collection<InitiativeKey> consumers) {
        reads++;
        Set<InitiativeKey> wanted = new HashSet<>(consumers);
        return byId.values().stream().filter(s -> wanted.contains(s.consumer())).toList();
    }

    @Override
    public synchronized List<StoredStatus> waitingOn(Collection<InitiativeKey> providerIssues) {
        reads++;
        Set<InitiativeKey> wanted = new HashSet<>(providerIssues);
        return byId.values().stream().filter(s -> s.providerIssue().map(wanted::contains).orElse(false)).toList();
    }

    @Override
    public synchronized Optional<LocalDate> judgedOn() {
        reads++;
        return byId.values().stream().map(StoredStatus::judgedOn).max(LocalDate::compareTo);
    }

    @Override
    public synchronized void replace(Collection<InitiativeKey> consumers, Collection<StoredStatus> statuses,
                                     Instant computedAt) {
        replaces++;
        Set<InitiativeKey> replaced = new HashSet<>(consumers);
        Set<Long> given = new HashSet<>();
        for (StoredStatus status : statuses) {
            given.add(status.id().value());
            StoredStatus stored = byId.get(status.id().value());
            if (stored == null || !stored.computedAt().isAfter(status.computedAt())) {
                byId.put(status.id().value(), status);
            }
        }
        byId.values().removeIf(s -> replaced.contains(s.consumer()) && !given.contains(s.id().value())
                && !s.computedAt().isAfter(computedAt));
    }

    @Override
    public synchronized void dropComputedBefore(Instant before) {
        byId.values().removeIf(s -> s.computedAt().isBefore(before));
    }

    @Override
    public synchronized void rekey(InitiativeKey from, InitiativeKey to) {
        byId.replaceAll((id, status) -> status.rekeyed(from, to));
    }

    /** The stored status of one dependency, if any. */
    public synchronized Optional<StoredStatus> of(DependencyId id) {
        return Optional.ofNullable(byId.get(id.value()));
    }

    /** Every stored status without counting a read. */
    public synchronized List<StoredStatus> peek() {
        return new ArrayList<>(byId.values());
    }

    /** How many reads were made (each one statement in a database). */
    public synchronized int reads() {
        return reads;
    }

    /** How many replaces were made. */
    public synchronized int replaces() {
        return replaces;
    }
}
