package io.throughline.core.graph;

import io.throughline.core.common.Team;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** Per (consumer team, provider team): how many dependencies of each health, and the worst. */
public record TeamMatrix(SortedMap<Pair, HealthTally> cells) {

    /** One cell's coordinates: the team that needs and the team that provides. */
    public record Pair(Team consumer, Team provider) implements Comparable<Pair> {
        public Pair {
            Objects.requireNonNull(consumer, "consumer");
            Objects.requireNonNull(provider, "provider");
        }

        @Override
        public int compareTo(Pair other) {
            int byConsumer = consumer.compareTo(other.consumer);
            return byConsumer != 0 ? byConsumer : provider.compareTo(other.provider);
        }
    }

    public TeamMatrix {
        cells = Collections.unmodifiableSortedMap(new TreeMap<>(cells));
    }

    public static TeamMatrix of(Collection<DependencyStatus> statuses) {
        // Counted in a hash map (one lookup per dependency), sorted once by the constructor.
        Map<Pair, HealthTally> cells = new HashMap<>();
        for (DependencyStatus status : statuses) {
            cells.computeIfAbsent(new Pair(status.consumerTeam(), status.providerTeam()), pair -> new HealthTally())
                    .add(status.health());
        }
        return new TeamMatrix(new TreeMap<>(cells));
    }

    public HealthTally cell(Team consumer, Team provider) {
        return cells.getOrDefault(new Pair(consumer, provider), new HealthTally());
    }
}
