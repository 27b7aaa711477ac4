package io.throughline.core.interaction;

import io.throughline.core.common.Team;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every declared pair, at a version that moves on with each replacement (so a writer can say which
 * table it replaced, and two admins saving at once cannot both win). At most one row per pair.
 */
public record InteractionTable(List<Interaction> pairs, long version) {

    private static final Comparator<Interaction> BY_PAIR = Comparator
            .comparing((Interaction i) -> i.consumer().name()).thenComparing(i -> i.provider().name());

    /** No pair declared: every dependency keeps the default SLA and has no interaction contract. */
    public static final InteractionTable EMPTY = new InteractionTable(List.of(), 0);

    public InteractionTable {
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
        pairs = pairs.stream().sorted(BY_PAIR).toList();
        for (int i = 1; i < pairs.size(); i++) {
            if (BY_PAIR.compare(pairs.get(i - 1), pairs.get(i)) == 0) {
                throw new IllegalArgumentException("pair declared twice: " + pairs.get(i).consumer()
                        + " → " + pairs.get(i).provider());
            }
        }
    }

    /** The pair's declared way of working, if the admin declared one. */
    public Optional<Interaction> of(Team consumer, Team provider) {
        return Optional.ofNullable(byPair().get(new Key(consumer, provider)));
    }

    /** A lookup for judging many dependencies: one map built once. */
    public Map<Key, Interaction> byPair() {
        Map<Key, Interaction> map = new HashMap<>(pairs.size() * 2);
        for (Interaction pair : pairs) {
            map.put(new Key(pair.consumer(), pair.provider()), pair);
        }
        return map;
    }

    /** A (consumer, provider) pair as a map key. */
    public record Key(Team consumer, Team provider) {
    }
}
