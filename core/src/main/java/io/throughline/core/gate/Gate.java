package io.throughline.core.gate;

import java.util.List;
import java.util.Objects;

/** A named, ordered list of policies. */
public record Gate(String name, List<Policy> policies) {

    public static final String COMMIT = "commit";
    public static final String OUTCOME = "outcome";
    public static final String INVALIDATION = "invalidation";

    public Gate {
        Objects.requireNonNull(name, "name");
        policies = List.copyOf(policies);
    }

    public GateReport evaluate(GateContext context) {
        return new GateReport(name, policies.stream()
                .map(policy -> new PolicyResult(policy.id(), policy.check(context)))
                .toList());
    }

    /** The gate of that name with the given parameters. */
    public static Gate named(String name, PolicyParameters parameters) {
        return switch (name) {
            case COMMIT -> commit(parameters);
            case OUTCOME -> outcome(parameters);
            case INVALIDATION -> invalidation(parameters);
            default -> throw new IllegalArgumentException("no gate is named " + name);
        };
    }

    /** The commit gate (bet → commit) with the given parameters; disabled policies are left out. */
    public static Gate commit(PolicyParameters parameters) {
        List<Policy> all = List.of(
                new Policies.OwnerPresent(),
                new Policies.MetricMeasurable(),
                new Policies.HorizonValid(parameters.maxHorizonDays()),
                new Policies.EvidenceSufficient(parameters.minEvidenceCount(), parameters.maxEvidenceAgeDays()),
                new Policies.DependenciesAcknowledged(),
                new Policies.AssumptionsListed(parameters.minAssumptions()));
        return new Gate(COMMIT, all.stream().filter(p -> parameters.isEnabled(p.id())).toList());
    }

    /** The invalidation gate (shipped → invalidated): the bet did not pay off, and the lesson is on record. */
    public static Gate invalidation(PolicyParameters parameters) {
        List<Policy> all = List.of(new Policies.LearningRecorded());
        return new Gate(INVALIDATION, all.stream().filter(p -> parameters.isEnabled(p.id())).toList());
    }

    /** The outcome gate (shipped → validated). */
    public static Gate outcome(PolicyParameters parameters) {
        List<Policy> all = List.of(new Policies.OutcomeMet());
        return new Gate(OUTCOME, all.stream().filter(p -> parameters.isEnabled(p.id())).toList());
    }
}
