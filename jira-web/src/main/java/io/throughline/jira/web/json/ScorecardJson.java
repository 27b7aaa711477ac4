package io.throughline.jira.web.json;

import io.throughline.core.common.People;
import io.throughline.core.scorecard.Figure;
import io.throughline.core.scorecard.Scorecard;
import io.throughline.core.scorecard.ScorecardLine;
import io.throughline.core.scorecard.ScorecardRow;
import io.throughline.core.scorecard.TeamSummary;
import io.throughline.web.view.ViewText;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /scorecard}: the operating scorecard as of the end of {@code asOf}. Rates are fractions
 * from 0 to 1, latencies days, a figure with nothing behind it null; each row says the day its line is
 * of and when it was computed, and {@code trends} gives every figure's trend against
 * {@code comparedWith} (BETTER, WORSE, SAME, NONE). {@code total} counts the rows before a
 * {@code limit} cut them. Team rows sum their initiatives' rows; their weekly
 * series (oldest first, {@value TeamSummary#WEEKS} weeks) are over the requests made to the team.
 */
public record ScorecardJson(String asOf, String comparedWith, String oldestComputedAt, List<String> teams,
                            List<RowJson> rows, int total, List<TeamJson> teamRows, String definitions) {

    /** The version of the definitions in docs/semantics.md the figures follow. */
    public static final String DEFINITIONS = "semantics-13";

    public record RowJson(String initiative, String summary, String team, String stage, String owner,
                          String ownerName, String day, String computedAt, OutcomeJson outcome, DeliveryJson delivery,
                          CoordinationJson coordination, List<SignalsJson.Raised> signals, Map<String, String> trends) {
    }

    public record OutcomeJson(BigDecimal baseline, BigDecimal latest, BigDecimal target, String unit,
                              Integer progressPercent, String horizon, Long horizonDaysLeft, List<ReadingJson> readings) {
    }

    public record ReadingJson(String observedOn, BigDecimal value) {
    }

    public record DeliveryJson(int items, int done, Integer percentDone, int windowDays, int deployments,
                               BigDecimal deploymentsPerWeek, int failed, BigDecimal changeFailRate) {
    }

    public record CoordinationJson(Long decisionDays, long daysInStage, int dependencies, int openDependencies,
                                   String worstHealth, BigDecimal ackMedianDays, int lateDiscovered,
                                   int withoutContract) {
    }

    public record TeamJson(String team, int initiatives, int items, int done, Integer percentDone, int deployments,
                           BigDecimal deploymentsPerWeek, int failed, BigDecimal changeFailRate, int dependencies,
                           int openDependencies, String worstHealth, int lateDiscovered, BigDecimal lateDiscoveryRate,
                           int withoutContract, int signals, Long decisionMedianDays, Long decisionP90Days,
                           List<BigDecimal> ackWeeks, List<BigDecimal> deliveryWeeks) {
    }

    public static ScorecardJson of(Scorecard card, ViewText text, People people, ZoneId zone) {
        return of(card, Integer.MAX_VALUE, text, people, zone);
    }

    /** The first {@code limit} rows in the scorecard's order; {@code total} counts every row, the team rows cover all. */
    public static ScorecardJson of(Scorecard card, int limit, ViewText text, People people, ZoneId zone) {
        return new ScorecardJson(card.asOf().toString(), card.comparedWith().toString(),
                card.oldestComputedAt().map(Object::toString).orElse(null),
                card.teams().stream().map(team -> team.name()).toList(),
                card.rows().stream().limit(limit).map(row -> row(row, text, people, zone)).toList(), card.rows().size(),
                card.teamRows().stream().map(ScorecardJson::team).toList(), DEFINITIONS);
    }

    private static RowJson row(ScorecardRow row, ViewText text, People people, ZoneId zone) {
        ScorecardLine line = row.line();
        ScorecardLine.Outcome outcome = line.outcome();
        ScorecardLine.Delivery delivery = line.delivery();
        ScorecardLine.Coordination coordination = line.coordination();
        Map<String, String> trends = new LinkedHashMap<>();
        for (Figure figure : Figure.values()) {
            trends.put(figure.name(), row.trend(figure).name());
        }
        return new RowJson(line.initiative().value(), row.summary(), line.team().name(), line.stage().name(),
                row.owner().map(owner -> owner.key()).orElse(null),
                row.owner().map(people::displayName).orElse(null), line.day().toString(),
                line.computedAt().toString(),
                new OutcomeJson(outcome.baseline().orElse(null), outcome.latest().orElse(null),
                        outcome.target().orElse(null), outcome.unit().orElse(null),
                        outcome.progressPercent().orElse(null), outcome.horizon().map(Object::toString).orElse(null),
                        line.horizonDaysLeft().orElse(null), outcome.readings().stream()
                                .map(r -> new ReadingJson(r.observedOn().toString(), r.value())).toList()),
                new DeliveryJson(delivery.items(), delivery.done(), delivery.percentDone().orElse(null),
                        ScorecardLine.DELIVERY_DAYS, delivery.deployments(), delivery.deploymentsPerWeek(),
                        delivery.failed(), delivery.changeFailRate().orElse(null)),
                new CoordinationJson(coordination.decisionDays().orElse(null), line.daysInStage(zone),
                        coordination.dependencies(), coordination.openDependencies(),
                        coordination.worstHealth().map(Enum::name).orElse(null),
                        coordination.ackMedianDays().orElse(null), coordination.lateDiscovered(),
                        coordination.withoutContract()),
                SignalsJson.raised(line.signals(), text), trends);
    }

    private static TeamJson team(TeamSummary team) {
        return new TeamJson(team.team().name(), team.initiatives(), team.items(), team.done(),
                team.percentDone().orElse(null), team.deployments(), team.deploymentsPerWeek(), team.failed(),
                team.changeFailRate().orElse(null), team.dependencies(), team.openDependencies(),
                team.worstHealth().map(Enum::name).orElse(null), team.lateDiscovered(),
                team.lateDiscoveryRate().orElse(null), team.withoutContract(), team.signals(),
                team.decisionMedianDays().orElse(null), team.decisionP90Days().orElse(null),
                weeks(team.ackWeeks()), weeks(team.deliveryWeeks()));
    }

    private static List<BigDecimal> weeks(List<Optional<BigDecimal>> series) {
        return series.stream().map(week -> week.orElse(null)).toList();
    }
}
