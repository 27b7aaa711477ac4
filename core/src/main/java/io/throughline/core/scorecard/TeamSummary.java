package io.throughline.core.scorecard;

import io.throughline.core.common.Team;
import io.throughline.core.graph.Health;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's row of the scorecard: the same figures over the rows of its initiatives the viewer may
 * see, summed or taken worst, and the team's weekly series over the requests made to it.
 *
 * @param decisionMedianDays median days from creation to commitment over its committed initiatives
 * @param decisionP90Days    the 90th percentile of the same (nearest rank)
 * @param ackWeeks           median days to first answer of requests to the team, per week, oldest first
 * @param deliveryWeeks      median days from request to delivery of requests to the team, per week, oldest first
 */
public record TeamSummary(Team team, int initiatives, int items, int done, int deployments, int failed,
                          int dependencies, int openDependencies, Optional<Health> worstHealth, int lateDiscovered,
                          int withoutContract, int signals, Optional<Long> decisionMedianDays,
                          Optional<Long> decisionP90Days, List<Optional<BigDecimal>> ackWeeks,
                          List<Optional<BigDecimal>> deliveryWeeks) {

    /** How many weeks the weekly series cover. */
    public static final int WEEKS = 12;

    public TeamSummary {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(worstHealth, "worstHealth");
        Objects.requireNonNull(decisionMedianDays, "decisionMedianDays");
        Objects.requireNonNull(decisionP90Days, "decisionP90Days");
        ackWeeks = List.copyOf(ackWeeks);
        deliveryWeeks = List.copyOf(deliveryWeeks);
    }

    /** Items done in percent of all its initiatives' items, rounded down; empty with no item. */
    public Optional<Integer> percentDone() {
        return items == 0 ? Optional.empty() : Optional.of((int) (done * 100L / items));
    }

    /** Failed deployments in the share of all, to four decimals; empty with no deployment. */
    public Optional<BigDecimal> changeFailRate() {
        return deployments == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(failed).divide(BigDecimal.valueOf(deployments), 4, RoundingMode.HALF_UP));
    }

    /** Production deployments per week over the scorecard's delivery window, to one decimal. */
    public BigDecimal deploymentsPerWeek() {
        return BigDecimal.valueOf(deployments * 7L).divide(BigDecimal.valueOf(ScorecardLine.DELIVERY_DAYS), 1,
                RoundingMode.HALF_UP);
    }

    /** Dependencies discovered late in the share of all its initiatives' dependencies; empty with none. */
    public Optional<BigDecimal> lateDiscoveryRate() {
        return dependencies == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(lateDiscovered).divide(BigDecimal.valueOf(dependencies), 4,
                        RoundingMode.HALF_UP));
    }
}
