package io.throughline.core.interaction;

import io.throughline.core.common.Team;
import java.util.Objects;

/** The agreed way a consumer team works with a provider team: the mode, and how long a request may wait for an answer. */
public record Interaction(Team consumer, Team provider, InteractionMode mode, int ackSlaDays) {

    /** The longest acknowledgement SLA a pair may set, in days. */
    public static final int MAX_ACK_SLA_DAYS = 90;

    public Interaction {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(mode, "mode");
        if (consumer.equals(provider)) {
            throw new IllegalArgumentException("a team needs no interaction mode with itself: " + consumer);
        }
        if (ackSlaDays < 0 || ackSlaDays > MAX_ACK_SLA_DAYS) {
            throw new IllegalArgumentException("acknowledgement SLA must lie between 0 and " + MAX_ACK_SLA_DAYS
                    + " days: " + ackSlaDays);
        }
    }

    /** A pair on its mode's default SLA. */
    public static Interaction withDefaultSla(Team consumer, Team provider, InteractionMode mode) {
        return new Interaction(consumer, provider, mode, mode.defaultAckSlaDays());
    }
}
