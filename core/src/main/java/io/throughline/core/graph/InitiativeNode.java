package io.throughline.core.graph;

import io.throughline.core.common.Team;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What the graph needs to know of an initiative: its team, stage and when it was first committed. */
public record InitiativeNode(InitiativeKey key, Team team, Stage stage, Optional<Instant> committedAt) {

    public InitiativeNode {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(committedAt, "committedAt");
    }
}
