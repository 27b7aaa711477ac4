package io.throughline.confluence.web.dependency;

import io.throughline.confluence.web.HealthCounts;
import io.throughline.confluence.web.Healths;
import io.throughline.confluence.web.json.JsonObject;
import io.throughline.confluence.web.json.JsonShapeException;
import io.throughline.core.graph.Health;
import io.throughline.core.interaction.InteractionMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The portfolio as {@code GET /portfolio/dependencies} sends it, read strictly; {@code computedAt} is its
 * {@code asOf}, when Jira computed the oldest of the statuses it counted.
 */
public record PortfolioData(HealthCounts summary, List<Cell> cells, List<Row> rows, int matching,
                            List<List<String>> cycles, Optional<Instant> computedAt) {

    public PortfolioData {
        cells = List.copyOf(cells);
        rows = List.copyOf(rows);
        cycles = cycles.stream().map(List::copyOf).toList();
        java.util.Objects.requireNonNull(computedAt, "computedAt");
    }

    /** A portfolio that does not say when its statuses were computed. */
    public PortfolioData(HealthCounts summary, List<Cell> cells, List<Row> rows, int matching,
                         List<List<String>> cycles) {
        this(summary, cells, rows, matching, cycles, Optional.empty());
    }

    /** Reads the JSON document; throws {@link JsonShapeException} when it is not the contract's shape. */
    public static PortfolioData read(Object json) {
        JsonObject root = JsonObject.root(json);
        List<Row> rows = root.objects("dependencies").stream().map(Row::read).toList();
        // How many rows matched before the list was capped; a Jira app without the cap sends them all.
        int matching = root.optionalNumber("dependenciesMatching").map(n -> n.intValueExact()).orElse(rows.size());
        return new PortfolioData(HealthCounts.read(root.object("summary")),
                root.objects("matrix").stream().map(Cell::read).toList(), rows, matching,
                root.stringLists("cycles"), root.optionalString("asOf").map(PortfolioData::instant));
    }

    /**
     * One (consumer team, provider team) cell of the matrix, with the pair's declared mode and SLA
     * when it has one; {@code noInteractionContract} when Jira says it has none (an older Jira app
     * sends neither, and the cell then shows no mode at all).
     */
    public record Cell(String consumerTeam, String providerTeam, HealthCounts counts, Optional<InteractionMode> mode,
                       Optional<Long> ackSlaDays, boolean noInteractionContract) {

        public Cell(String consumerTeam, String providerTeam, HealthCounts counts) {
            this(consumerTeam, providerTeam, counts, Optional.empty(), Optional.empty(), false);
        }

        static Cell read(JsonObject cell) {
            return new Cell(cell.string("consumerTeam"), cell.string("providerTeam"),
                    HealthCounts.read(cell.object("counts")), cell.optionalString("mode").map(Cell::mode),
                    cell.optionalNumber("ackSlaDays").map(java.math.BigDecimal::longValue),
                    cell.names().contains("noInteractionContract") && cell.bool("noInteractionContract"));
        }

        private static InteractionMode mode(String name) {
            try {
                return InteractionMode.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new JsonShapeException("matrix mode " + name + " is not known");
            }
        }
    }

    /** One dependency, with its consumer initiative's summary. */
    public record Row(long id, String consumerKey, String consumerSummary, String consumerTeam, String providerTeam,
                      String description, Health health, List<String> reasons, boolean lateDiscovered,
                      LocalDate neededBy, Optional<LocalDate> committedDate, long ageDays) {

        public Row {
            reasons = List.copyOf(reasons);
        }

        static Row read(JsonObject row) {
            return new Row(row.integer("id"), row.string("consumerKey"), row.optionalString("consumerSummary").orElse(""),
                    row.string("consumerTeam"), row.string("providerTeam"), row.optionalString("description").orElse(""),
                    Healths.parse(row.string("health")), row.strings("reasons"), row.bool("lateDiscovered"),
                    date(row.string("neededBy")), row.optionalString("committedDate").map(PortfolioData::date),
                    row.integer("ageDays"));
        }
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new JsonShapeException("\"" + text + "\" is not an instant");
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new JsonShapeException("\"" + text + "\" is not a date");
        }
    }
}
