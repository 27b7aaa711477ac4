package io.throughline.jira.web.json;

import io.throughline.core.common.Message;
import io.throughline.core.common.People;
import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.gate.GateAhead;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.portfolio.PortfolioService.InitiativeDependencies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An initiative with its parsed success metric, every gate's verdict and which of them lie ahead of
 * its stage, and compact summaries of its evidence, dependencies and delivery roll-up (null until
 * first computed), so that one request answers a status card.
 */
public record InitiativeJson(String key, String summary, String team, String owner, String ownerName,
                             MetricJson successMetric,
                             String evidenceHorizon, String stage, Gates gates, EvidenceSummary evidence,
                             DependencySummary dependencies, RollUpJson delivery) {

    /** The order dependency counts are listed in, as in the portfolio. */
    private static final List<Health> COUNTED = List.of(Health.ON_TRACK, Health.AT_RISK, Health.BLOCKED, Health.DONE);

    public static InitiativeJson of(Initiative initiative, GateAhead commit, GateAhead outcome,
                                    GateAhead invalidation, List<String> ahead, Ledger ledger,
                                    InitiativeDependencies dependencies, RollUpJson delivery, People people,
                                    Function<Message, String> text) {
        return new InitiativeJson(initiative.key().value(), initiative.summary(), initiative.team().name(),
                initiative.owner().map(UserRef::key).orElse(null),
                initiative.owner().map(people::displayName).orElse(null),
                initiative.successMetric().map(MetricJson::of).orElse(null),
                initiative.evidenceHorizon().map(horizon -> horizon.date().toString()).orElse(null),
                initiative.stage().name(),
                new Gates(GateJson.of(commit, text), GateJson.of(outcome, text), GateJson.of(invalidation, text), ahead),
                EvidenceSummary.of(ledger), DependencySummary.of(dependencies), delivery);
    }

    /**
     * The gates an initiative passes on its way (bet to commitment, shipped to validated or to
     * invalidated) and, in {@code ahead}, the names of those ahead of its stage now, in the order
     * views show them: {@code ["commit"]} for a bet, {@code ["outcome","invalidation"]} once shipped,
     * none while committed, delivering or closed.
     */
    public record Gates(GateJson commit, GateJson outcome, GateJson invalidation, List<String> ahead) {
        public Gates {
            ahead = List.copyOf(ahead);
        }
    }

    /**
     * The ledger as it reads today (corrected entries left out): how many entries, when the freshest
     * was observed, and the latest metric reading; dates are yyyy-mm-dd, absent values null;
     * {@code proposed} counts an assistant's entries waiting for a person's confirmation (not in count).
     */
    public record EvidenceSummary(int count, String lastObservedOn, BigDecimal latestReading,
                                  String latestReadingOn, int proposed) {

        static EvidenceSummary of(Ledger ledger) {
            EvidenceEntry latest = ledger.latestReading().orElse(null);
            return new EvidenceSummary(ledger.current().size(),
                    ledger.lastObserved().map(LocalDate::toString).orElse(null),
                    latest == null ? null : latest.observedValue().orElse(null),
                    latest == null ? null : latest.observedOn().toString(), ledger.proposed().size());
        }
    }

    /** The worst health of the initiative's dependencies (null without any) and counts by health. */
    public record DependencySummary(String rollUp, Map<String, Integer> counts) {

        public DependencySummary {
            counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }

        static DependencySummary of(InitiativeDependencies dependencies) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            COUNTED.forEach(health -> counts.put(health.name(), 0));
            for (DependencyStatus status : dependencies.dependencies()) {
                counts.merge(status.health().name(), 1, Integer::sum);
            }
            return new DependencySummary(dependencies.rollUp().map(Health::name).orElse(null), counts);
        }
    }
}
