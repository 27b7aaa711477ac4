package io.throughline.core.stageview;

import io.throughline.core.gate.GateAhead;
import io.throughline.core.graph.Health;
import io.throughline.core.scorecard.ScorecardRow;
import io.throughline.core.trace.DeliveryRollUp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One initiative on the portfolio: its scorecard row (stage, team, owner, signals, dependency
 * counts), its dependency health, its stored delivery roll-up (empty until one was computed) and the
 * gates ahead of its stage as judged now, in order; {@code gates} is empty where no gate lies ahead
 * and where the gates were not judged (see {@link StagePortfolio#gatesJudged()}).
 */
public record StageRow(ScorecardRow row, Optional<Health> health, Optional<DeliveryRollUp> delivery,
                       List<GateAhead> gates) {

    public StageRow {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(delivery, "delivery");
        gates = List.copyOf(gates);
    }
}
