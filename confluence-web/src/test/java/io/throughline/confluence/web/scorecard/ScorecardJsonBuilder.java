package io.throughline.confluence.web.scorecard;

import io.throughline.confluence.web.RecordedContract;
import io.throughline.confluence.web.json.JsonReader;
import io.throughline.jira.web.json.ScorecardJson;
import io.throughline.jira.web.json.SignalsJson;
import io.throughline.core.scorecard.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scorecard as Jira's REST side writes it (its own records, serialised), one row and one team at a
 * time: SUP-1 of Support, shipped, 40 → 27 → 25 tickets per week with one reading, by default.
 */
final class ScorecardJsonBuilder {

    static final String AS_OF = "2026-03-02";
    static final String COMPARED_WITH = "2026-02-02";

    private final List<ScorecardJson.RowJson> rows = new ArrayList<>();
    private final List<ScorecardJson.TeamJson> teams = new ArrayList<>();
    private String computedAt = "2026-03-02T11:30:00Z";
    private Integer total;

    static ScorecardJsonBuilder scorecard() {
        return new ScorecardJsonBuilder();
    }

    ScorecardJsonBuilder with(Row row) {
        rows.add(row.json());
        return this;
    }

    ScorecardJsonBuilder team(String team, BigDecimal... ackWeeks) {
        List<BigDecimal> weeks = Arrays.asList(ackWeeks);
        teams.add(new ScorecardJson.TeamJson(team, 1, 4, 1, 25, 2, new BigDecimal("0.5"), 1, new BigDecimal("0.5"), 2, 1,
                "BLOCKED", 1, new BigDecimal("0.5"), 0, 1, 10L, 12L, weeks, weeks));
        return this;
    }

    /** The rows Jira counted before its limit cut them (by default, the rows sent). */
    ScorecardJsonBuilder total(int total) {
        this.total = total;
        return this;
    }

    ScorecardJsonBuilder computedAt(String at) {
        computedAt = at;
        return this;
    }

    String json() {
        return RecordedContract.write(new ScorecardJson(AS_OF, COMPARED_WITH, computedAt,
                teams.stream().map(ScorecardJson.TeamJson::team).toList(), rows, total == null ? rows.size() : total, teams,
                ScorecardJson.DEFINITIONS));
    }

    ScorecardData data() {
        return ScorecardData.read(JsonReader.withDefaults().read(json()));
    }

    static Row row(String key) {
        return new Row(key);
    }

    /** One initiative's row; every figure has a value unless told otherwise. */
    static final class Row {
        private final String key;
        private String summary = "Deflect tickets with guided help";
        private String team = "Support";
        private String stage = "SHIPPED";
        private BigDecimal baseline = new BigDecimal("40");
        private BigDecimal target = new BigDecimal("25");
        private String unit = "tickets per week";
        private final List<ScorecardJson.ReadingJson> readings = new ArrayList<>(
                List.of(new ScorecardJson.ReadingJson("2026-02-27", new BigDecimal("27"))));
        private final List<SignalsJson.Raised> signals = new ArrayList<>();
        private final Map<String, String> trends = new LinkedHashMap<>();

        private Row(String key) {
            this.key = key;
            for (Figure figure : Figure.values()) {
                trends.put(figure.name(), "NONE");
            }
        }

        Row summary(String text) {
            summary = text;
            return this;
        }

        Row team(String name) {
            team = name;
            return this;
        }

        Row stage(String name) {
            stage = name;
            return this;
        }

        Row unit(String text) {
            unit = text;
            return this;
        }

        Row noReading() {
            readings.clear();
            return this;
        }

        Row noMetric() {
            baseline = null;
            target = null;
            unit = null;
            readings.clear();
            return this;
        }

        Row signal(String code, String name, String reason) {
            signals.add(new SignalsJson.Raised(code, name, reason));
            return this;
        }

        Row trend(Figure figure, String trend) {
            trends.put(figure.name(), trend);
            return this;
        }

        ScorecardJson.RowJson json() {
            BigDecimal latest = readings.isEmpty() ? null : readings.get(readings.size() - 1).value();
            return new ScorecardJson.RowJson(key, summary, team, stage, "lead.support", "Sam Ortiz", AS_OF,
                    "2026-03-02T11:30:00Z",
                    new ScorecardJson.OutcomeJson(baseline, latest, target, unit, latest == null ? null : 86,
                            "2026-03-04", 2L, List.copyOf(readings)),
                    new ScorecardJson.DeliveryJson(4, 1, 25, 28, 2, new BigDecimal("0.5"), 1, new BigDecimal("0.5")),
                    new ScorecardJson.CoordinationJson(10L, 6, 2, 1, "BLOCKED", new BigDecimal("1.50"), 2, 0),
                    List.copyOf(signals), Map.copyOf(trends));
        }
    }
}
