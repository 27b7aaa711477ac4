package io.throughline.bench.data;

import io.throughline.bench.data.PortfolioPlan.InitiativePlan;
import io.throughline.core.trace.DeliveryRollUp;
import io.throughline.core.trace.Progress;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stored delivery roll-up for every initiative, drawn from its own dice so that adding it changed
 * nothing else the generator makes. Proportions are in {@link #PROPORTIONS}.
 */
final class RollUpGenerator {

    static final String PROPORTIONS = "delivery roll-ups: one per initiative, 15% with no work, else 1-400 items "
            + "(1% truncated at 2000) split at random over the three categories, points on 80%, computed in the last day";

    private static final int MAX_ITEMS = 2_000;

    private final Dice dice;

    RollUpGenerator(Dice dice) {
        this.dice = dice;
    }

    List<DeliveryRollUp> generate(List<InitiativePlan> initiatives) {
        List<DeliveryRollUp> rollUps = new ArrayList<>(initiatives.size());
        for (InitiativePlan plan : initiatives) {
            rollUps.add(rollUp(plan));
        }
        return rollUps;
    }

    private DeliveryRollUp rollUp(InitiativePlan plan) {
        boolean empty = dice.chance(0.15);
        boolean truncated = !empty && dice.chance(0.01);
        int items = empty ? 0 : truncated ? MAX_ITEMS : dice.between(1, 400);
        int done = dice.between(0, items);
        int inProgress = dice.between(0, items - done);
        Optional<Progress.Points> points = Optional.empty();
        if (dice.chance(0.8)) {
            // Tenths of a point, so the stored text carries a scale as real estimates do.
            long total = dice.between(items, items * 8) * 10L + dice.between(0, 9);
            long finished = items == 0 ? 0 : total * done / items;
            points = Optional.of(new Progress.Points(BigDecimal.valueOf(total, 1), BigDecimal.valueOf(finished, 1)));
        }
        Optional<Instant> last = empty ? Optional.empty() : Optional.of(dice.at(-dice.between(0, 60), dice.between(0, 600)));
        Instant computed = dice.at(-1, dice.between(0, 1_439)).plusMillis(dice.between(0, 999));
        return new DeliveryRollUp(plan.initiative().key(), plan.initiative().team(),
                Progress.of(items - done - inProgress, inProgress, done, points), last, truncated, computed);
    }
}
