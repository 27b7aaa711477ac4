package io.throughline.core.graph;

import io.throughline.core.common.Team;
import io.throughline.core.interaction.Interaction;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Per (consumer team, provider team): how many dependencies of each health, the worst, and the
 * pair's declared interaction (a cell without one has no agreed way of working).
 */
public record TeamMatrix(SortedMap<Pair, HealthTally> cells, Map<Pair, Interaction> interactions) {

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
        interactions = Map.copyOf(interactions);
    }

    /** A matrix of cells only, none with a declared interaction. */
    public TeamMatrix(SortedMap<Pair, HealthTally> cells) {
        this(cells, Map.of());
    }

    public static TeamMatrix of(Collection<DependencyStatus> statuses) {
        // Counted in a hash map (one lookup per dependency), sorted once by the constructor.
        Map<Pair, HealthTally> cells = new HashMap<>();
        Map<Pair, Interaction> interactions = new HashMap<>();
        for (DependencyStatus status : statuses) {
            Pair pair = new Pair(status.consumerTeam(), status.providerTeam());
            cells.computeIfAbsent(pair, key -> new HealthTally()).add(status.health());
            status.interaction().ifPresent(interaction -> interactions.putIfAbsent(pair, interaction));
        }
        return new TeamMatrix(new TreeMap<>(cells), interactions);
    }

    public HealthTally cell(Team consumer, Team provider) {
        return cells.getOrDefault(new Pair(consumer, provider), new HealthTally());
    }

    /** The pair's declared interaction, when it has one. */
    public Optional<Interaction> interaction(Team consumer, Team provider) {
        return Optional.ofNullable(interactions.get(new Pair(consumer, provider)));
    }
}
