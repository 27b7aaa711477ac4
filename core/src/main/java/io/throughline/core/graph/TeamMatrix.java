package io.throughline.core.graph;

import io.throughline.core.common.Team;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** Per (consumer team, provider team): how many dependencies of each health, and the worst. */
public record TeamMatrix(SortedMap<Pair, HealthTally> cells) {

    /** One cell's coordinates: the team that needs and the team that provides. */
    public record Pair(Team consumer, Team provider) implements Comparable<Pair> {
        private static final Comparator<Pair> ORDER =
                Comparator.comparing(Pair::consumer).thenComparing(Pair::provider);

        public Pair {
            Objects.requireNonNull(consumer, "consumer");
            Objects.requireNonNull(provider, "provider");
        }

        @Override
        public int compareTo(Pair other) {
            return ORDER.compare(this, other);
        }
    }

    public TeamMatrix {
        cells = Collections.unmodifiableSortedMap(new TreeMap<>(cells));
    }

    public static TeamMatrix of(Collection<DependencyStatus> statuses) {
        SortedMap<Pair, HealthTally> cells = new TreeMap<>();
        for (DependencyStatus status : statuses) {
            cells.computeIfAbsent(new Pair(status.consumerTeam(), status.providerTeam()), pair -> new HealthTally())
                    .add(status.health());
        }
        return new TeamMatrix(cells);
    }

    public HealthTally cell(Team consumer, Team provider) {
        return cells.getOrDefault(new Pair(consumer, provider), new HealthTally());
    }
}
