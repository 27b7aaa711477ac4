package io.throughline.confluence.web.initiative;

import io.throughline.confluence.web.HealthCounts;
import io.throughline.confluence.web.Healths;
import io.throughline.confluence.web.json.JsonObject;
import io.throughline.confluence.web.json.JsonShapeException;
import io.throughline.core.gate.GateService;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** An initiative as {@code GET /initiatives/{key}} sends it, read strictly: what the status card shows. */
public record InitiativeData(String key, String summary, String team, Optional<String> owner, Stage stage,
                             Optional<Metric> metric, Optional<LocalDate> horizon, List<Gate> ahead,
                             Evidence evidence, Dependencies dependencies) {

    public InitiativeData {
        ahead = List.copyOf(ahead);
    }

    public static InitiativeData read(Object json) {
        JsonObject root = JsonObject.root(json);
        JsonObject evidence = root.object("evidence");
        JsonObject dependencies = root.object("dependencies");
        Stage stage = stage(root.string("stage"));
        return new InitiativeData(root.string("key"), root.string("summary"), root.string("team"),
                // The owner by name where Jira sends one (ownerName), else by the key an older Jira sends.
                root.optionalString("ownerName").or(() -> root.optionalString("owner")), stage,
                root.optionalObject("successMetric").map(Metric::read),
                root.optionalString("evidenceHorizon").map(InitiativeData::date),
                ahead(root.object("gates"), stage),
                new Evidence((int) evidence.integer("count"),
                        evidence.optionalString("lastObservedOn").map(InitiativeData::date),
                        evidence.optionalNumber("latestReading"),
                        evidence.optionalString("latestReadingOn").map(InitiativeData::date)),
                new Dependencies(dependencies.optionalString("rollUp").map(Healths::parse),
                        HealthCounts.read(dependencies.object("counts"))));
    }

    /** The success metric as written and, when it parses, its parts. */
    public record Metric(String text, Optional<String> name, Optional<BigDecimal> baseline,
                         Optional<BigDecimal> target, Optional<String> unit, Optional<String> direction) {

        static Metric read(JsonObject metric) {
            return new Metric(metric.string("text"), metric.optionalString("name"), metric.optionalNumber("baseline"),
                    metric.optionalNumber("target"), metric.optionalString("unit").filter(u -> !u.isBlank()),
                    metric.optionalString("direction"));
        }
    }

    /**
     * The gates ahead of the stage, as Jira names them. A Jira on an earlier version of the app
     * sends no {@code ahead}: the card then applies the same rule itself to the gates it was sent.
     */
    private static List<Gate> ahead(JsonObject gates, Stage stage) {
        List<String> names = gates.names().contains("ahead") ? gates.strings("ahead")
                : GateService.ahead(stage, PolicyParameters.defaults()).stream().map(io.throughline.core.gate.Gate::name)
                        .filter(gates.names()::contains).toList();
        return names.stream().map(name -> Gate.read(name, gates.object(name))).toList();
    }

    /**
     * One gate ahead: its name ({@code commit}, {@code outcome}, ...), its verdict now, what is
     * missing, and whether Jira judged it with the app's defaults (no transition carries it).
     */
    public record Gate(String name, boolean passed, List<String> missing, boolean onDefaults) {
        public Gate {
            missing = List.copyOf(missing);
        }

        static Gate read(String name, JsonObject gate) {
            return new Gate(name, gate.bool("passed"), gate.objects("violations").stream()
                    .map(v -> v.optionalString("message").orElse("")).toList(),
                    gate.names().contains("onDefaults") && gate.bool("onDefaults"));
        }
    }

    public record Evidence(int count, Optional<LocalDate> lastObservedOn, Optional<BigDecimal> latestReading,
                           Optional<LocalDate> latestReadingOn) {
    }

    public record Dependencies(Optional<Health> rollUp, HealthCounts counts) {
    }

    private static Stage stage(String name) {
        try {
            return Stage.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new JsonShapeException("unknown stage \"" + name + "\"");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new JsonShapeException("\"" + text + "\" is not a date");
        }
    }
}
