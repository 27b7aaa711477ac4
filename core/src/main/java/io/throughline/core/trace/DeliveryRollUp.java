package io.throughline.core.trace;

import io.throughline.core.common.Team;
import io.throughline.core.initiative.InitiativeKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The stored summary of an initiative's delivery trace, for views over many initiatives: the
 * initiative's own team, its progress over all the work (whoever may browse it: counts and dates
 * only, never an issue's key or summary), the newest change in the trace, whether the walk stopped
 * at the item cap, and when it was computed. Derived: recomputing it from the host's work gives it back.
 */
public record DeliveryRollUp(InitiativeKey initiative, Team team, Progress progress, Optional<Instant> lastActivity,
                             boolean truncated, Instant computedAt) {

    public DeliveryRollUp {
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(lastActivity, "lastActivity");
        Objects.requireNonNull(computedAt, "computedAt");
    }

    /** The roll-up of a trace computed for {@link Audience#AGGREGATE}. */
    public static DeliveryRollUp of(Trace trace, Team team) {
        return new DeliveryRollUp(trace.initiative(), team, trace.progress(), trace.lastActivity(), trace.truncated(),
                trace.asOf());
    }
}
