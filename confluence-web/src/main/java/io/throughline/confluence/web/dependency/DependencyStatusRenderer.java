package io.throughline.confluence.web.dependency;

import io.throughline.confluence.web.HealthCounts;
import io.throughline.confluence.web.Healths;
import io.throughline.confluence.web.HtmlWriter;
import io.throughline.confluence.web.JiraLinks;
import io.throughline.core.graph.Health;
import io.throughline.web.view.ViewText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/** Writes the dependency status: summary lozenges, team cycles, the team×team matrix and the attention list. */
final class DependencyStatusRenderer {

    private static final List<Health> SUMMARY_ORDER = List.of(Health.ON_TRACK, Health.AT_RISK, Health.BLOCKED, Health.DONE);
    private static final Comparator<PortfolioData.Row> SEVERITY_THEN_NEEDED_BY = Comparator
            .comparing(PortfolioData.Row::health, Healths.WORST_FIRST)
            .thenComparing(PortfolioData.Row::neededBy)
            .thenComparingLong(PortfolioData.Row::id);

    private static final DateTimeFormatter COMPUTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ViewText text;
    private final JiraLinks links;
    private final ZoneId zone;

    DependencyStatusRenderer(ViewText text, JiraLinks links, ZoneId zone) {
        this.text = text;
        this.links = links;
        this.zone = zone;
    }

    void render(HtmlWriter out, PortfolioData data, DependencyStatusParameters parameters) {
        summary(out, data.summary());
        // Jira keeps health judged and stored; the oldest status counted says how current the page is.
        data.computedAt().ifPresent(at -> out.element("p", text.text("throughline.web.macro.computed",
                COMPUTED.format(at.atZone(zone)), zone.getId()), "class", "throughline-computed"));
        cycles(out, data.cycles());
        if (parameters.view().showsMatrix()) {
            new MatrixRenderer(text).render(out, data.cells(), parameters.includeDone());
        }
        if (parameters.view().showsList()) {
            list(out, data, parameters);
        }
    }

    private void summary(HtmlWriter out, HealthCounts summary) {
        out.open("p", "class", "throughline-summary");
        for (Health health : SUMMARY_ORDER) {
            Healths.lozenge(out, health, Healths.count(text, health, summary.count(health)));
            out.text(" ");
        }
        out.close("p");
    }

    private void cycles(HtmlWriter out, List<List<String>> cycles) {
        if (cycles.isEmpty()) {
            return;
        }
        out.open("div", "class", "aui-message aui-message-error throughline-cycles");
        out.open("p", "class", "title").element("strong", text.text("throughline.web.macro.cycles.heading")).close("p");
        out.open("ul");
        for (List<String> cycle : cycles) {
            String loop = String.join(" → ", cycle) + (cycle.isEmpty() ? "" : " → " + cycle.get(0));
            out.element("li", loop);
        }
        out.close("ul");
        out.element("p", text.text("throughline.web.macro.cycles.advice")).close("div");
    }

    private void list(HtmlWriter out, PortfolioData data, DependencyStatusParameters parameters) {
        List<PortfolioData.Row> shown = data.rows().stream()
                .filter(row -> row.health() == Health.AT_RISK || row.health() == Health.BLOCKED
                        || parameters.includeDone() && row.health() == Health.DONE)
                .sorted(SEVERITY_THEN_NEEDED_BY).toList();
        if (shown.isEmpty()) {
            out.element("p", text.text("throughline.web.macro.list.none"), "class", "throughline-list-none");
            return;
        }
        out.open("table", "class", "aui throughline-list");
        out.element("caption", text.text("throughline.web.macro.list.caption"));
        out.open("thead").open("tr");
        for (String key : List.of("throughline.web.macro.list.health", "throughline.web.macro.list.consumer",
                "throughline.web.macro.list.provider", "throughline.web.macro.list.what", "throughline.web.macro.list.why",
                "throughline.web.macro.list.needed-by", "throughline.web.macro.list.committed",
                "throughline.web.macro.list.age")) {
            out.element("th", text.text(key), "scope", "col");
        }
        out.close("tr").close("thead").open("tbody");
        RowRenderer rowRenderer = new RowRenderer(text, links);
        shown.stream().limit(parameters.maxRows()).forEach(row -> rowRenderer.render(out, row));
        out.close("tbody").close("table");
        // A Jira app that capped the list says how many matched; a complete list is counted here.
        int matching = data.rows().size() < data.matching() ? data.matching() : shown.size();
        if (matching > parameters.maxRows()) {
            out.element("p", text.text("throughline.web.macro.list.truncated", parameters.maxRows(), matching),
                    "class", "throughline-truncated");
        }
    }
}
