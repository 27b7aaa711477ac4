package io.throughline.core.graph;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Counts of dependencies by health, with the worst seen. */
public final class HealthTally {

    private final EnumMap<Health, Integer> counts = new EnumMap<>(Health.class);
    private Health worst;

    public static HealthTally of(Iterable<DependencyStatus> statuses) {
        HealthTally tally = new HealthTally();
        statuses.forEach(status -> tally.add(status.health()));
        return tally;
    }

    /** Counts of healths given one by one (statuses kept in a store rather than judged here). */
    public static HealthTally ofHealths(Iterable<Health> healths) {
        HealthTally tally = new HealthTally();
        healths.forEach(tally::add);
        return tally;
    }

    void add(Health health) {
        counts.merge(health, 1, Integer::sum);
        worst = worst == null ? health : worst.worse(health);
    }

    public int count(Health health) {
        return counts.getOrDefault(health, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Empty only when nothing was counted. */
    public Optional<Health> worst() {
        return Optional.ofNullable(worst);
    }

    public Map<Health, Integer> counts() {
        EnumMap<Health, Integer> all = new EnumMap<>(Health.class);
        for (Health health : Health.values()) {
            all.put(health, count(health));
        }
        return Collections.unmodifiableMap(all);
    }
}
