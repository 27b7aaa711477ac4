package io.throughline.core.gate;

import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.core.initiative.InitiativeField;
import io.throughline.core.metric.Direction;
import io.throughline.core.metric.Measure;
import io.throughline.core.metric.MetricParse;
import io.throughline.core.metric.SuccessMetric;
import io.throughline.core.metric.SuccessMetricParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The policies of DESIGN §1, each a small value that reads a {@link GateContext}. */
final class Policies {

    private Policies() {
    }

    /** Exactly one accountable person. */
    record OwnerPresent() implements Policy {
        @Override
        public Set<Input> inputs() {
            return Set.of();
        }

        @Override
        public PolicyId id() {
            return PolicyId.OWNER_PRESENT;
        }

        @Override
        public List<Violation> check(GateContext context) {
            return context.initiative().owner().isPresent() ? List.of()
                    : List.of(Violation.of(id(), InitiativeField.OWNER, "throughline.gate.owner.missing"));
        }
    }

    /** The metric parses and its target differs from its baseline. */
    record MetricMeasurable() implements Policy {
        @Override
        public Set<Input> inputs() {
            return Set.of();
        }

        @Override
        public PolicyId id() {
            return PolicyId.METRIC_MEASURABLE;
        }

        @Override
        public List<Violation> check(GateContext context) {
            return readMetric(id(), context).violation().map(List::of).orElse(List.of());
        }
    }

    /** The horizon lies after today and no further out than the maximum. */
    record HorizonValid(int maxDays) implements Policy {
        @Override
        public Set<Input> inputs() {
            return Set.of();
        }

        @Override
        public PolicyId id() {
            return PolicyId.HORIZON_VALID;
        }

        @Override
        public List<Violation> check(GateContext context) {
            Optional<EvidenceHorizon> horizon = context.initiative().evidenceHorizon();
            if (horizon.isEmpty()) {
                return List.of(Violation.of(id(), InitiativeField.EVIDENCE_HORIZON, "throughline.gate.horizon.missing"));
            }
            long daysLeft = horizon.get().daysLeft(context.today());
            if (daysLeft <= 0) {
                return List.of(Violation.of(id(), InitiativeField.EVIDENCE_HORIZON,
                        "throughline.gate.horizon.not-future", horizon.get().date()));
            }
            if (daysLeft > maxDays) {
                return List.of(Violation.of(id(), InitiativeField.EVIDENCE_HORIZON,
                        "throughline.gate.horizon.too-far", horizon.get().date(), daysLeft, maxDays));
            }
            return List.of();
        }
    }

    /** At least {@code minCount} current entries observed in the last {@code maxAgeDays}, one with a source. */
    record EvidenceSufficient(int minCount, int maxAgeDays) implements Policy {
        @Override
        public Set<Input> inputs() {
            return Set.of(Input.LEDGER);
        }

        @Override
        public PolicyId id() {
            return PolicyId.EVIDENCE_SUFFICIENT;
        }

        @Override
        public List<Violation> check(GateContext context) {
            LocalDate since = context.today().minusDays(maxAgeDays);
            List<EvidenceEntry> recent = context.ledger().observedSince(since);
            if (recent.size() < minCount) {
                return List.of(Violation.general(id(), "throughline.gate.evidence.too-few",
                        recent.size(), minCount, maxAgeDays));
            }
            if (recent.stream().noneMatch(entry -> entry.source().isPresent())) {
                return List.of(Violation.general(id(), "throughline.gate.evidence.no-source", maxAgeDays));
            }
            return List.of();
        }
    }

    /** At least {@code min} assumptions listed, whatever their state: the bet says what it rests on. */
    record AssumptionsListed(int min) implements Policy {
        @Override
        public Set<Input> inputs() {
            return Set.of(Input.ASSUMPTIONS);
        }

        @Override
        public PolicyId id() {
            return PolicyId.ASSUMPTIONS_LISTED;
        }

        @Override
        public List<Violation> check(GateContext context) {
            int listed = context.assumptions().size();
            return listed >= min ? List.of()
                    : List.of(Violation.general(id(), "throughline.gate.assumptions.too-few", listed, min));
        }
    }

    /** No dependency is still waiting for an answer, and none was declined. */
    record DependenciesAcknowledged() implements Policy {
        @Override
        public Set<Input> inputs() {
            return Set.of(Input.DEPENDENCIES);
        }

        @Override
        public PolicyId id() {
            return PolicyId.DEPENDENCIES_ACKNOWLEDGED;
        }

        @Override
        public List<Violation> check(GateContext context) {
            List<Violation> violations = new ArrayList<>();
            for (Dependency dependency : context.dependencies()) {
                if (dependency.state() == DependencyState.REQUESTED) {
                    violations.add(Violation.general(id(), "throughline.gate.dependency.unacknowledged",
                            dependency.providerTeam().name(), dependency.description()));
                } else if (dependency.state() == DependencyState.DECLINED) {
                    violations.add(Violation.general(id(), "throughline.gate.dependency.declined",
                            dependency.providerTeam().name(), dependency.description(),
                            dependency.declineReason().orElse("")));
                }
            }
            return violations;
        }
    }

    /** A reading observed by the horizon meets the target in the metric's direction. */
    record OutcomeMet() implements Policy {
        @Override
        public Set<Input> inputs() {
            return Set.of(Input.LEDGER);
        }

        @Override
        public PolicyId id() {
            return PolicyId.OUTCOME_MET;
        }

        @Override
        public List<Violation> check(GateContext context) {
            MetricReading read = readMetric(id(), context);
            if (read.violation().isPresent()) {
                return List.of(read.violation().get());
            }
            SuccessMetric metric = read.metric().orElseThrow();
            Optional<EvidenceHorizon> horizon = context.initiative().evidenceHorizon();
            if (horizon.isEmpty()) {
                return List.of(Violation.of(id(), InitiativeField.EVIDENCE_HORIZON, "throughline.gate.horizon.missing"));
            }
            LocalDate by = horizon.get().date();
            Comparator<BigDecimal> better = metric.direction() == Direction.DECREASE
                    ? Comparator.<BigDecimal>reverseOrder() : Comparator.<BigDecimal>naturalOrder();
            Optional<EvidenceEntry> best = context.ledger().readingBy(by, better);
            if (best.isEmpty()) {
                return List.of(Violation.general(id(), "throughline.gate.outcome.no-reading", by));
            }
            BigDecimal value = best.get().observedValue().orElseThrow();
            if (!metric.isMetBy(value)) {
                return List.of(Violation.general(id(), "throughline.gate.outcome.not-met", by,
                        new Measure(value, metric.unit()).toString(), metric.target().toString()));
            }
            return List.of();
        }
    }

    /**
     * Invalidating is allowed, but not silently: some learning (an experiment, insight, research or
     * decision — not just another reading) must be recorded since the initiative reached its stage.
     */
    record LearningRecorded() implements Policy {
        @Override
        public Set<Input> inputs() {
            return Set.of(Input.LEDGER, Input.STAGE_HISTORY);
        }

        @Override
        public PolicyId id() {
            return PolicyId.LEARNING_RECORDED;
        }

        @Override
        public List<Violation> check(GateContext context) {
            boolean learned = context.ledger().current().stream()
                    .filter(entry -> entry.kind() != io.throughline.core.evidence.EvidenceKind.METRIC_READING)
                    .anyMatch(entry -> context.inStageSince().map(since -> !entry.recordedAt().isBefore(since))
                            .orElse(true));
            return learned ? List.of() : List.of(Violation.general(id(), "throughline.gate.learning.missing"));
        }
    }

    /** The initiative's metric, or the single violation that explains why it cannot be used. */
    record MetricReading(Optional<SuccessMetric> metric, Optional<Violation> violation) {
    }

    static MetricReading readMetric(PolicyId policy, GateContext context) {
        Optional<String> text = context.initiative().successMetric();
        if (text.isEmpty()) {
            return new MetricReading(Optional.empty(), Optional.of(Violation.of(policy, InitiativeField.SUCCESS_METRIC,
                    "throughline.gate.metric.missing", SuccessMetricParser.EXAMPLE)));
        }
        MetricParse parse = SuccessMetricParser.parse(text.get());
        if (parse instanceof MetricParse.Invalid invalid) {
            return new MetricReading(Optional.empty(), Optional.of(
                    new Violation(policy, Optional.of(InitiativeField.SUCCESS_METRIC), invalid.message())));
        }
        SuccessMetric metric = ((MetricParse.Valid) parse).metric();
        if (!metric.isMeasurable()) {
            return new MetricReading(Optional.of(metric), Optional.of(Violation.of(policy, InitiativeField.SUCCESS_METRIC,
                    "throughline.gate.metric.unchanged", metric.target().toString())));
        }
        return new MetricReading(Optional.of(metric), Optional.empty());
    }
}
