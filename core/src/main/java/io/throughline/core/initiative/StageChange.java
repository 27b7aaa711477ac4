package io.throughline.core.initiative;

import io.throughline.core.common.UserRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One move of an initiative between stages, with who made it and when (feeds decision latency). */
public record StageChange(InitiativeKey initiative, Optional<Stage> from, Stage to, UserRef by, Instant at) {

    public StageChange {
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (from.isPresent() && from.get() == to) {
            throw new IllegalArgumentException("a stage change must change the stage; " + initiative + " is already " + to);
        }
    }

    public boolean entersCommitment() {
        return to.isCommitted() && from.map(stage -> !stage.isCommitted()).orElse(true);
    }
}
