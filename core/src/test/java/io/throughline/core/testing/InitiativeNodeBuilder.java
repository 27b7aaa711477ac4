package io.throughline.core.testing;

import io.throughline.core.common.Team;
import io.throughline.core.graph.InitiativeNode;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import java.time.Instant;
import java.util.Optional;

/** Builds the graph's view of an initiative; starts as an uncommitted bet of team Growth. */
public final class InitiativeNodeBuilder {

    private InitiativeKey key = InitiativeKey.parse("GROW-1");
    private Team team = Team.of("Growth");
    private Stage stage = Stage.BET;
    private Optional<Instant> committedAt = Optional.empty();

    public static InitiativeNodeBuilder node(String key) {
        InitiativeNodeBuilder builder = new InitiativeNodeBuilder();
        builder.key = InitiativeKey.parse(key);
        return builder;
    }

    public InitiativeNodeBuilder team(String value) {
        team = Team.of(value);
        return this;
    }

    /** First committed at the given instant; the stage moves to COMMITTED with it. */
    public InitiativeNodeBuilder committedAt(Instant at) {
        committedAt = Optional.of(at);
        stage = Stage.COMMITTED;
        return this;
    }

    public InitiativeNode build() {
        return new InitiativeNode(key, team, stage, committedAt);
    }
}
