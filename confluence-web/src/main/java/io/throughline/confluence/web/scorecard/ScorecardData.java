package io.throughline.confluence.web.scorecard;

import io.throughline.confluence.web.Healths;
import io.throughline.confluence.web.json.JsonObject;
import io.throughline.confluence.web.json.JsonShapeException;
import io.throughline.confluence.web.signal.SignalsData;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.Stage;
import io.throughline.core.scorecard.Figure;
import io.throughline.core.scorecard.Trend;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code GET /scorecard} as the macro shows it, read strictly: the day it is as of and the day its
 * trends compare with, a row per initiative (outcome, delivery, coordination, signals and each
 * figure's trend) and a row per team with its weekly latency series. A figure Jira sends as null has
 * nothing behind it and stays empty.
 */
public record ScorecardData(LocalDate asOf, LocalDate comparedWith, Optional<Instant> oldestComputedAt,
                            List<Row> rows, int total, List<TeamRow> teamRows) {

    public ScorecardData {
        rows = List.copyOf(rows);
        if (total < rows.size()) {
            throw new JsonShapeException("a total of " + total + " below the " + rows.size() + " rows sent");
        }
        teamRows = List.copyOf(teamRows);
    }

    /** One initiative's line. */
    public record Row(String key, String summary, String team, Stage stage, Outcome outcome, Delivery delivery,
                      Coordination coordination, List<SignalsData.Raised> signals, Map<Figure, Trend> trends) {
        public Row {
            signals = List.copyOf(signals);
            trends = Map.copyOf(trends);
        }

        /** The figure's trend; {@link Trend#NONE} when Jira sent none. */
        public Trend trend(Figure figure) {
            return trends.getOrDefault(figure, Trend.NONE);
        }
    }

    public record Outcome(Optional<BigDecimal> baseline, Optional<BigDecimal> latest, Optional<BigDecimal> target,
                          Optional<String> unit, Optional<Integer> progressPercent, List<Reading> readings) {
        public Outcome {
            readings = List.copyOf(readings);
        }
    }

    public record Reading(LocalDate observedOn, BigDecimal value) {
    }

    public record Delivery(int items, int done, Optional<Integer> percentDone, int windowDays, int deployments,
                           BigDecimal deploymentsPerWeek, int failed, Optional<BigDecimal> changeFailRate) {
    }

    public record Coordination(Optional<Long> decisionDays, int dependencies, int openDependencies,
                               Optional<Health> worstHealth, Optional<BigDecimal> ackMedianDays, int lateDiscovered) {
    }

    /** One team's sums over its rows, and its weekly latencies, oldest week first (empty: no request answered). */
    public record TeamRow(String team, int initiatives, int items, int done, Optional<Integer> percentDone,
                          int deployments, BigDecimal deploymentsPerWeek, int failed, Optional<BigDecimal> changeFailRate,
                          int dependencies, int openDependencies, Optional<Health> worstHealth,
                          Optional<BigDecimal> lateDiscoveryRate, int signals, Optional<Long> decisionMedianDays,
                          Optional<Long> decisionP90Days, List<Optional<BigDecimal>> ackWeeks,
                          List<Optional<BigDecimal>> deliveryWeeks) {
        public TeamRow {
            ackWeeks = List.copyOf(ackWeeks);
            deliveryWeeks = List.copyOf(deliveryWeeks);
        }
    }

    public static ScorecardData read(Object json) {
        JsonObject root = JsonObject.root(json);
        List<Row> rows = root.objects("rows").stream().map(ScorecardData::row).toList();
        // A Jira that sends no total sent every row.
        int total = root.optionalNumber("total").map(ScorecardData::whole).orElse(rows.size());
        return new ScorecardData(date(root.string("asOf")), date(root.string("comparedWith")),
                root.optionalString("oldestComputedAt").map(ScorecardData::instant), rows, total,
                root.objects("teamRows").stream().map(ScorecardData::team).toList());
    }

    private static int whole(BigDecimal number) {
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw new JsonShapeException("a total that is not a whole number: " + number);
        }
    }

    private static Row row(JsonObject row) {
        JsonObject outcome = row.object("outcome");
        JsonObject delivery = row.object("delivery");
        JsonObject coordination = row.object("coordination");
        return new Row(row.string("initiative"), row.string("summary"), row.string("team"), stage(row.string("stage")),
                new Outcome(outcome.optionalNumber("baseline"), outcome.optionalNumber("latest"),
                        outcome.optionalNumber("target"), outcome.optionalString("unit").filter(u -> !u.isBlank()),
                        outcome.optionalNumber("progressPercent").map(BigDecimal::intValue),
                        outcome.objects("readings").stream().map(r -> new Reading(date(r.string("observedOn")),
                                r.optionalNumber("value").orElseThrow(() -> new JsonShapeException(
                                        "a reading without a value")))).toList()),
                new Delivery(count(delivery, "items"), count(delivery, "done"),
                        delivery.optionalNumber("percentDone").map(BigDecimal::intValue), count(delivery, "windowDays"),
                        count(delivery, "deployments"), number(delivery, "deploymentsPerWeek"),
                        count(delivery, "failed"), delivery.optionalNumber("changeFailRate")),
                new Coordination(coordination.optionalNumber("decisionDays").map(BigDecimal::longValue),
                        count(coordination, "dependencies"), count(coordination, "openDependencies"),
                        coordination.optionalString("worstHealth").map(Healths::parse),
                        coordination.optionalNumber("ackMedianDays"), count(coordination, "lateDiscovered")),
                row.objects("signals").stream().map(s -> new SignalsData.Raised(s.string("signal"), s.string("name"),
                        s.string("reason"))).toList(),
                trends(row.object("trends")));
    }

    private static TeamRow team(JsonObject team) {
        return new TeamRow(team.string("team"), count(team, "initiatives"), count(team, "items"), count(team, "done"),
                team.optionalNumber("percentDone").map(BigDecimal::intValue), count(team, "deployments"),
                number(team, "deploymentsPerWeek"), count(team, "failed"), team.optionalNumber("changeFailRate"),
                count(team, "dependencies"), count(team, "openDependencies"),
                team.optionalString("worstHealth").map(Healths::parse), team.optionalNumber("lateDiscoveryRate"),
                count(team, "signals"), team.optionalNumber("decisionMedianDays").map(BigDecimal::longValue),
                team.optionalNumber("decisionP90Days").map(BigDecimal::longValue), weeks(team, "ackWeeks"),
                weeks(team, "deliveryWeeks"));
    }

    /** Every figure Jira names; a figure this side does not know (a newer Jira) is left out. */
    private static Map<Figure, Trend> trends(JsonObject trends) {
        Map<Figure, Trend> read = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            trends.optionalString(figure.name()).ifPresent(name -> read.put(figure, named(Trend.class, name, "trend")));
        }
        return read;
    }

    private static List<Optional<BigDecimal>> weeks(JsonObject team, String name) {
        List<Optional<BigDecimal>> weeks = new ArrayList<>();
        for (Object week : team.array(name)) {
            if (week != null && !(week instanceof BigDecimal)) {
                throw new JsonShapeException(name + " holds something other than numbers");
            }
            weeks.add(Optional.ofNullable((BigDecimal) week));
        }
        return weeks;
    }

    private static int count(JsonObject object, String name) {
        long count = object.integer(name);
        if (count < 0 || count > Integer.MAX_VALUE) {
            throw new JsonShapeException(name + " out of range");
        }
        return (int) count;
    }

    private static BigDecimal number(JsonObject object, String name) {
        return object.optionalNumber(name).orElseThrow(() -> new JsonShapeException(name + " is missing"));
    }

    private static Stage stage(String name) {
        return named(Stage.class, name, "stage");
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String what) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new JsonShapeException("unknown " + what + " \"" + name + "\"");
        }
    }

    private static LocalDate date(String text) {
        return parsed(text, LocalDate::parse, "a date");
    }

    private static Instant instant(String text) {
        return parsed(text, Instant::parse, "an instant");
    }

    private static <T> T parsed(String text, Function<String, T> parse, String what) {
        try {
            return parse.apply(text);
        } catch (DateTimeParseException e) {
            throw new JsonShapeException("\"" + text + "\" is not " + what);
        }
    }
}
