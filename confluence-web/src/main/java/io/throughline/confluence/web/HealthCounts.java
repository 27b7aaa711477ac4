package io.throughline.confluence.web;

import io.throughline.confluence.web.json.JsonObject;
import io.throughline.confluence.web.json.JsonShapeException;
import io.throughline.core.graph.Health;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Dependency counts by health, as the contract sends them ({@code {"ON_TRACK":1,...}}). */
public record HealthCounts(Map<Health, Integer> counts) {

    public HealthCounts {
        EnumMap<Health, Integer> copy = new EnumMap<>(Health.class);
        for (Health health : Health.values()) {
            copy.put(health, counts.getOrDefault(health, 0));
        }
        counts = Collections.unmodifiableMap(copy);
    }

    public static HealthCounts read(JsonObject object) {
        EnumMap<Health, Integer> counts = new EnumMap<>(Health.class);
        for (String name : object.names()) {
            long count = object.integer(name);
            if (count < 0 || count > Integer.MAX_VALUE) {
                throw new JsonShapeException("count of " + name + " out of range");
            }
            counts.put(Healths.parse(name), (int) count);
        }
        return new HealthCounts(counts);
    }

    public int count(Health health) {
        return counts.get(health);
    }

    /** The same counts without delivered dependencies when {@code includeDone} is false. */
    public HealthCounts withDone(boolean includeDone) {
        if (includeDone) {
            return this;
        }
        EnumMap<Health, Integer> open = new EnumMap<>(counts);
        open.put(Health.DONE, 0);
        return new HealthCounts(open);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The worst health counted at least once. */
    public Optional<Health> worst() {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .reduce(Health::worse);
    }
}
