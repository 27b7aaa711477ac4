package io.throughline.core.graph;

import io.throughline.core.common.Team;
import io.throughline.core.interaction.Interaction;
import io.throughline.core.interaction.InteractionTable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What health is judged against: the day, the zone days are counted in, the default acknowledgement
 * SLA, and the declared team interactions, whose own SLA wins for their pair.
 */
public record HealthRules(LocalDate today, ZoneId zone, int ackSlaDays, InteractionTable interactions) {

    public HealthRules {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(interactions, "interactions");
        if (ackSlaDays < 0) {
            throw new IllegalArgumentException("acknowledgement SLA must not be negative: " + ackSlaDays);
        }
    }

    /** Rules without declared interactions: every pair has the default SLA. */
    public HealthRules(LocalDate today, ZoneId zone, int ackSlaDays) {
        this(today, zone, ackSlaDays, InteractionTable.EMPTY);
    }

    /** The declared pairs by (consumer, provider), built once per judgement. */
    Lookup lookup() {
        return new Lookup(interactions.byPair(), ackSlaDays);
    }

    /** Per-pair answers for one judgement of the graph. */
    static final class Lookup {
        private final Map<InteractionTable.Key, Interaction> byPair;
        private final int defaultSla;

        Lookup(Map<InteractionTable.Key, Interaction> byPair, int defaultSla) {
            this.byPair = byPair;
            this.defaultSla = defaultSla;
        }

        Optional<Interaction> of(Team consumer, Team provider) {
            return Optional.ofNullable(byPair.get(new InteractionTable.Key(consumer, provider)));
        }

        int ackSlaDays(Optional<Interaction> interaction) {
            return interaction.map(Interaction::ackSlaDays).orElse(defaultSla);
        }
    }
}
