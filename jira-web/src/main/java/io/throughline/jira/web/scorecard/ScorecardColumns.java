package io.throughline.jira.web.scorecard;

import io.throughline.core.common.People;
import io.throughline.core.scorecard.Figure;
import io.throughline.core.scorecard.ScorecardLine;
import io.throughline.core.scorecard.ScorecardRow;
import io.throughline.core.signal.SignalVerdict;
import io.throughline.web.view.ViewText;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scorecard's columns, in the order the page shows them and the CSV exports them: each with
 * its heading, its cell as plain text, and the figure whose trend it carries (if any). The page and
 * the CSV read this one list, so the export has exactly what the page shows.
 */
public final class ScorecardColumns {

    /** The column groups a view may choose; the initiative's own columns are always shown. */
    public enum Group {
        OUTCOME, DELIVERY, COORDINATION, SIGNALS;

        /** Groups from a comma-separated list of names in any case; every group when blank. */
        public static Set<Group> parse(String names) {
            if (names == null || names.isBlank()) {
                return EnumSet.allOf(Group.class);
            }
            Set<Group> groups = EnumSet.noneOf(Group.class);
            for (String name : names.split(",")) {
                String wanted = name.strip().toUpperCase(Locale.ROOT);
                for (Group group : values()) {
                    if (group.name().equals(wanted)) {
                        groups.add(group);
                    }
                }
            }
            return groups.isEmpty() ? EnumSet.allOf(Group.class) : groups;
        }
    }

    /** What a cell is worked out from. */
    public record Cell(ScorecardRow row, ViewText text, People people, ZoneId zone) {
        ScorecardLine line() {
            return row.line();
        }
    }

    /** A column: its group (empty for the initiative's own), heading key, text, and trended figure. */
    public record Column(Optional<Group> group, String id, String headingKey, Function<Cell, String> text,
                         Optional<Figure> trend) {
    }

    private static final List<Column> ALL = List.of(
            own("key", "throughline.web.scorecard.column.key", c -> c.line().initiative().value()),
            own("summary", "throughline.web.scorecard.column.summary", c -> c.row().summary()),
            own("team", "throughline.web.scorecard.column.team", c -> c.line().team().name()),
            own("stage", "throughline.web.scorecard.column.stage",
                    c -> c.text().text("throughline.web.stage." + c.line().stage().name())),
            own("owner", "throughline.web.scorecard.column.owner",
                    c -> c.row().owner().map(c.people()::displayName).orElse("")),
            of(Group.OUTCOME, "metric", "throughline.web.scorecard.column.metric", ScorecardColumns::metric, null),
            of(Group.OUTCOME, "progress", "throughline.web.scorecard.column.progress",
                    c -> c.line().outcome().progressPercent().map(p -> p + " %").orElse(""), Figure.OUTCOME_PROGRESS),
            of(Group.OUTCOME, "horizon", "throughline.web.scorecard.column.horizon", ScorecardColumns::horizon, null),
            of(Group.DELIVERY, "trace", "throughline.web.scorecard.column.trace", ScorecardColumns::trace,
                    Figure.TRACE_DONE),
            of(Group.DELIVERY, "deployments", "throughline.web.scorecard.column.deployments",
                    c -> c.text().text("throughline.web.scorecard.deployments", c.line().delivery().deploymentsPerWeek(),
                            c.line().delivery().deployments(), ScorecardLine.DELIVERY_DAYS),
                    Figure.DEPLOYMENTS_PER_WEEK),
            of(Group.DELIVERY, "failRate", "throughline.web.scorecard.column.fail-rate", ScorecardColumns::failRate,
                    Figure.CHANGE_FAIL_RATE),
            of(Group.COORDINATION, "decision", "throughline.web.scorecard.column.decision",
                    c -> c.line().coordination().decisionDays()
                            .map(d -> c.text().text("throughline.web.scorecard.days", d)).orElse(""),
                    Figure.DECISION_LATENCY),
            of(Group.COORDINATION, "inStage", "throughline.web.scorecard.column.in-stage",
                    c -> c.text().text("throughline.web.scorecard.days", c.line().daysInStage(c.zone())), null),
            of(Group.COORDINATION, "dependencies", "throughline.web.scorecard.column.dependencies",
                    c -> c.text().text("throughline.web.scorecard.open", c.line().coordination().openDependencies(),
                            c.line().coordination().dependencies()), Figure.OPEN_DEPENDENCIES),
            of(Group.COORDINATION, "health", "throughline.web.scorecard.column.health",
                    c -> c.line().coordination().worstHealth()
                            .map(h -> c.text().text("throughline.web.health." + h.name())).orElse(""),
                    Figure.WORST_HEALTH),
            of(Group.COORDINATION, "acknowledgement", "throughline.web.scorecard.column.acknowledgement",
                    c -> c.line().coordination().ackMedianDays()
                            .map(d -> c.text().text("throughline.web.scorecard.days", plain(d))).orElse(""),
                    Figure.ACKNOWLEDGEMENT),
            of(Group.COORDINATION, "late", "throughline.web.scorecard.column.late",
                    c -> String.valueOf(c.line().coordination().lateDiscovered()), Figure.LATE_DISCOVERED),
            of(Group.COORDINATION, "withoutContract", "throughline.web.scorecard.column.without-contract",
                    c -> String.valueOf(c.line().coordination().withoutContract()), Figure.WITHOUT_CONTRACT),
            of(Group.SIGNALS, "signals", "throughline.web.scorecard.column.signals",
                    c -> c.line().signals().stream().map(SignalVerdict::signal)
                            .map(s -> c.text().text("throughline.web.signal.name." + s.name()))
                            .collect(Collectors.joining("; ")), Figure.SIGNALS));

    private ScorecardColumns() {
    }

    /** The columns of the groups asked for, in the page's order. */
    public static List<Column> of(Set<Group> groups) {
        List<Column> shown = new ArrayList<>();
        for (Column column : ALL) {
            if (column.group().map(groups::contains).orElse(true)) {
                shown.add(column);
            }
        }
        return shown;
    }

    private static Column own(String id, String heading, Function<Cell, String> text) {
        return new Column(Optional.empty(), id, heading, text, Optional.empty());
    }

    private static Column of(Group group, String id, String heading, Function<Cell, String> text, Figure trend) {
        return new Column(Optional.of(group), id, heading, text, Optional.ofNullable(trend));
    }

    /** Baseline → latest → target, with the unit; a part the metric lacks shows as a dash. */
    static String metric(Cell c) {
        ScorecardLine.Outcome outcome = c.line().outcome();
        if (outcome.target().isEmpty()) {
            return "";
        }
        String unit = outcome.unit().map(u -> " " + u).orElse("");
        return c.text().text("throughline.web.scorecard.metric", outcome.baseline().map(ScorecardColumns::plain).orElse("–"),
                outcome.latest().map(ScorecardColumns::plain).orElse("–"), plain(outcome.target().get()), unit);
    }

    static String horizon(Cell c) {
        return c.line().horizonDaysLeft().map(days -> days >= 0
                ? c.text().text("throughline.web.scorecard.horizon.left", days)
                : c.text().text("throughline.web.scorecard.horizon.passed", -days)).orElse("");
    }

    static String trace(Cell c) {
        ScorecardLine.Delivery delivery = c.line().delivery();
        return delivery.percentDone().map(p -> c.text().text("throughline.web.scorecard.trace", delivery.done(),
                delivery.items(), p)).orElse(c.text().text("throughline.web.scorecard.trace.none"));
    }

    static String failRate(Cell c) {
        ScorecardLine.Delivery delivery = c.line().delivery();
        return delivery.changeFailRate().map(rate -> c.text().text("throughline.web.scorecard.fail-rate",
                plain(rate.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP)), delivery.failed(),
                delivery.deployments())).orElse("");
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
