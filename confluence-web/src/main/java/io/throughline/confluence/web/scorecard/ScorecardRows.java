package io.throughline.confluence.web.scorecard;

import io.throughline.confluence.web.HtmlWriter;
import io.throughline.confluence.web.JiraLinks;
import io.throughline.confluence.web.signal.SignalsData;
import io.throughline.core.scorecard.Figure;
import io.throughline.web.view.Sparkline;
import io.throughline.web.view.ViewText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The initiatives' table: the key (linked to Jira), summary, team and stage, then the columns of the
 * chosen groups in the Jira page's order and words, each trended figure with its mark.
 */
final class ScorecardRows {

    /** A column: its group (empty for the initiative's own), id, heading, cell and the figure whose trend it shows. */
    private record Column(Optional<ColumnGroup> group, String id, String headingKey,
                          BiConsumer<HtmlWriter, ScorecardData.Row> cell, Optional<Figure> trend) {
    }

    private final ScorecardCells cells;
    private final ViewText text;
    private final List<Column> all;

    ScorecardRows(ScorecardCells cells, JiraLinks links) {
        this.cells = cells;
        this.text = cells.text();
        this.all = List.of(
                own("key", "throughline.web.scorecard.column.key", (out, row) -> out.link(links.issue(row.key()), row.key())),
                own("summary", "throughline.web.scorecard.column.summary", (out, row) -> out.text(row.summary())),
                own("team", "throughline.web.scorecard.column.team", (out, row) -> out.text(row.team())),
                own("stage", "throughline.web.scorecard.column.stage",
                        (out, row) -> out.text(text.text("throughline.web.stage." + row.stage().name()))),
                of(ColumnGroup.OUTCOME, "metric", "throughline.web.scorecard.column.metric", this::metric, null),
                of(ColumnGroup.OUTCOME, "progress", "throughline.web.scorecard.column.progress",
                        (out, row) -> out.text(row.outcome().progressPercent().map(p -> p + " %").orElse("")),
                        Figure.OUTCOME_PROGRESS),
                of(ColumnGroup.DELIVERY, "trace", "throughline.web.scorecard.column.trace", this::trace, Figure.TRACE_DONE),
                of(ColumnGroup.DELIVERY, "deployments", "throughline.web.scorecard.column.deployments",
                        (out, row) -> out.text(text.text("throughline.web.scorecard.deployments",
                                row.delivery().deploymentsPerWeek(), row.delivery().deployments(),
                                row.delivery().windowDays())), Figure.DEPLOYMENTS_PER_WEEK),
                of(ColumnGroup.DELIVERY, "failRate", "throughline.web.scorecard.column.fail-rate",
                        (out, row) -> row.delivery().changeFailRate().ifPresent(rate -> out.text(text.text(
                                "throughline.web.scorecard.fail-rate", ScorecardCells.percent(rate),
                                row.delivery().failed(), row.delivery().deployments()))), Figure.CHANGE_FAIL_RATE),
                of(ColumnGroup.COORDINATION, "decision", "throughline.web.scorecard.column.decision",
                        (out, row) -> row.coordination().decisionDays()
                                .ifPresent(days -> out.text(text.text("throughline.web.scorecard.days", days))),
                        Figure.DECISION_LATENCY),
                of(ColumnGroup.COORDINATION, "dependencies", "throughline.web.scorecard.column.dependencies",
                        (out, row) -> out.text(text.text("throughline.web.scorecard.open",
                                row.coordination().openDependencies(), row.coordination().dependencies())),
                        Figure.OPEN_DEPENDENCIES),
                of(ColumnGroup.COORDINATION, "health", "throughline.web.scorecard.column.health",
                        (out, row) -> cells.health(out, row.coordination().worstHealth()), Figure.WORST_HEALTH),
                of(ColumnGroup.COORDINATION, "acknowledgement", "throughline.web.scorecard.column.acknowledgement",
                        (out, row) -> row.coordination().ackMedianDays().ifPresent(days -> out.text(
                                text.text("throughline.web.scorecard.days", ScorecardCells.plain(days)))),
                        Figure.ACKNOWLEDGEMENT),
                of(ColumnGroup.COORDINATION, "late", "throughline.web.scorecard.column.late",
                        (out, row) -> out.text(String.valueOf(row.coordination().lateDiscovered())),
                        Figure.LATE_DISCOVERED),
                of(ColumnGroup.SIGNALS, "signals", "throughline.web.scorecard.column.signals", this::signals,
                        Figure.SIGNALS));
    }

    /** The table of at most {@code limit} rows, then how many of the {@code total} were left out. */
    void render(HtmlWriter out, List<ScorecardData.Row> rows, int total, ScorecardParameters params, int limit) {
        if (rows.isEmpty()) {
            out.element("p", text.text("throughline.web.scorecard.empty"), "class", "throughline-scorecard-empty");
            return;
        }
        List<Column> columns = new ArrayList<>();
        for (Column column : all) {
            if (column.group().map(params::shows).orElse(true)) {
                columns.add(column);
            }
        }
        out.open("table", "class", "aui throughline-scorecard-rows")
                .element("caption", text.text("throughline.web.scorecard.initiatives")).open("thead").open("tr");
        columns.forEach(column -> out.element("th", text.text(column.headingKey()), "scope", "col",
                "data-column", column.id()));
        out.close("tr").close("thead").open("tbody");
        for (ScorecardData.Row row : rows.subList(0, Math.min(limit, rows.size()))) {
            out.open("tr", "data-key", row.key());
            for (Column column : columns) {
                out.open("td", "data-column", column.id());
                column.cell().accept(out, row);
                column.trend().ifPresent(figure -> cells.trend(out, row.trend(figure)));
                out.close("td");
            }
            out.close("tr");
        }
        out.close("tbody").close("table");
        int shown = Math.min(limit, rows.size());
        if (total > shown) {
            out.element("p", text.text("throughline.web.macro.scorecard.truncated", shown, total),
                    "class", "throughline-scorecard-truncated");
        }
    }

    /** Baseline → latest → target with the unit, the readings drawn against the target, and listed as text. */
    private void metric(HtmlWriter out, ScorecardData.Row row) {
        ScorecardData.Outcome outcome = row.outcome();
        if (outcome.target().isEmpty()) {
            out.text(text.text("throughline.web.metric.none"));
            return;
        }
        out.text(text.text("throughline.web.scorecard.metric", outcome.baseline().map(ScorecardCells::plain).orElse("–"),
                outcome.latest().map(ScorecardCells::plain).orElse("–"), ScorecardCells.plain(outcome.target().get()),
                outcome.unit().map(unit -> " " + unit).orElse("")));
        List<BigDecimal> values = outcome.readings().stream().map(ScorecardData.Reading::value).toList();
        Optional<String> chart = Sparkline.svg(values, outcome.baseline(), outcome.target(),
                text.text("throughline.web.scorecard.sparkline", values.size(), ScorecardCells.plain(outcome.target().get())));
        if (chart.isEmpty()) {
            out.text(" ").element("span", text.text("throughline.web.metric.no-reading"), "class", "throughline-no-reading");
            return;
        }
        out.text(" ").chart(chart.get());
        out.open("table", "class", "assistive").element("caption", text.text("throughline.web.scorecard.readings"))
                .open("tbody");
        for (ScorecardData.Reading reading : outcome.readings()) {
            out.open("tr").element("td", reading.observedOn().toString())
                    .element("td", ScorecardCells.plain(reading.value())).close("tr");
        }
        out.close("tbody").close("table");
    }

    private void trace(HtmlWriter out, ScorecardData.Row row) {
        ScorecardData.Delivery delivery = row.delivery();
        out.text(delivery.percentDone().map(p -> text.text("throughline.web.scorecard.trace", delivery.done(),
                delivery.items(), p)).orElseGet(() -> text.text("throughline.web.scorecard.trace.none")));
    }

    /** Each raised signal as a badge with its reason under it. */
    private void signals(HtmlWriter out, ScorecardData.Row row) {
        if (row.signals().isEmpty()) {
            return;
        }
        out.open("ul", "class", "throughline-signal-list");
        for (SignalsData.Raised signal : row.signals()) {
            out.open("li", "class", "throughline-signal", "data-signal", signal.code())
                    .element("span", signal.name(), "class", "aui-lozenge aui-lozenge-moved").text(" ")
                    .element("span", signal.reason(), "class", "throughline-signal-reason").close("li");
        }
        out.close("ul");
    }

    private static Column own(String id, String heading, BiConsumer<HtmlWriter, ScorecardData.Row> cell) {
        return new Column(Optional.empty(), id, heading, cell, Optional.empty());
    }

    private static Column of(ColumnGroup group, String id, String heading, BiConsumer<HtmlWriter, ScorecardData.Row> cell,
                             Figure trend) {
        return new Column(Optional.of(group), id, heading, cell, Optional.ofNullable(trend));
    }
}
