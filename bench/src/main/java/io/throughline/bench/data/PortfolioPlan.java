package io.throughline.bench.data;

import io.throughline.core.dependency.DependencyChange;
import io.throughline.core.dependency.NewDependency;
import io.throughline.core.evidence.NewEvidence;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.StageChange;
import io.throughline.core.trace.DeliveryRollUp;
import java.util.List;

/** A generated portfolio, as the domain records the loader hands to the repositories; one roll-up per initiative. */
public record PortfolioPlan(PortfolioShape shape, List<String> teams, List<InitiativePlan> initiatives,
                            List<DependencyPlan> dependencies, InitiativeKey gateSubject,
                            List<InitiativeKey> toCommit, List<InitiativeKey> toDeliver, List<DeliveryRollUp> rollUps) {

    /** An initiative in its current stage, the stage changes that led there, and its evidence. */
    public record InitiativePlan(Initiative initiative, List<StageChange> stages, List<NewEvidence> evidence) {
    }

    /** A dependency request and the changes it has seen since. */
    public record DependencyPlan(NewDependency request, List<DependencyChange> changes) {
    }

    public int evidenceCount() {
        return initiatives.stream().mapToInt(plan -> plan.evidence().size()).sum();
    }

    public int changeCount() {
        return dependencies.stream().mapToInt(plan -> plan.changes().size()).sum();
    }
}
