package io.throughline.confluence.web.dependency;

import io.throughline.confluence.web.HealthCounts;
import io.throughline.confluence.web.Healths;
import io.throughline.confluence.web.HtmlWriter;
import io.throughline.core.interaction.InteractionMode;
import io.throughline.web.view.ViewText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The team×team matrix: waiting teams down, providing teams across; a cell shows the worst health
 * as a lozenge in words and the counts behind it. Delivered dependencies count only when asked.
 */
final class MatrixRenderer {

    private final ViewText text;

    MatrixRenderer(ViewText text) {
        this.text = text;
    }

    void render(HtmlWriter out, List<PortfolioData.Cell> cells, boolean includeDone) {
        Map<String, HealthCounts> byPair = new HashMap<>();
        Map<String, PortfolioData.Cell> cellsByPair = new HashMap<>();
        TreeSet<String> teams = new TreeSet<>();
        for (PortfolioData.Cell cell : cells) {
            HealthCounts counts = cell.counts().withDone(includeDone);
            if (counts.total() > 0) {
                byPair.put(cell.consumerTeam() + "\u0000" + cell.providerTeam(), counts);
                cellsByPair.put(cell.consumerTeam() + "\u0000" + cell.providerTeam(), cell);
                teams.add(cell.consumerTeam());
                teams.add(cell.providerTeam());
            }
        }
        if (teams.isEmpty()) {
            out.element("p", text.text("throughline.web.macro.matrix.none"), "class", "throughline-matrix-none");
            return;
        }
        out.open("table", "class", "aui throughline-matrix");
        out.element("caption", text.text("throughline.web.macro.matrix.caption"));
        out.open("thead").open("tr").element("th", text.text("throughline.web.macro.matrix.corner"), "scope", "col");
        teams.forEach(provider -> out.element("th", provider, "scope", "col"));
        out.close("tr").close("thead").open("tbody");
        for (String consumer : teams) {
            out.open("tr").element("th", consumer, "scope", "row");
            for (String provider : teams) {
                cell(out, byPair.get(consumer + "\u0000" + provider), cellsByPair.get(consumer + "\u0000" + provider));
            }
            out.close("tr");
        }
        out.close("tbody").close("table");
    }

    private void cell(HtmlWriter out, HealthCounts counts, PortfolioData.Cell cell) {
        if (counts == null) {
            out.element("td", "–", "class", "throughline-cell-empty");
            return;
        }
        var worst = counts.worst().orElseThrow();
        out.open("td", "class", "throughline-cell", "data-worst", worst.name(),
                "data-mode", cell.mode().map(Enum::name).orElse(""));
        Healths.lozenge(out, worst, Healths.name(text, worst));
        out.text(" ").element("span", Healths.counts(text, counts), "class", "throughline-counts");
        mode(out, cell);
        out.close("td");
    }

    /** The pair's way of working under its counts: the mode and its SLA, or that it has none. */
    private void mode(HtmlWriter out, PortfolioData.Cell cell) {
        if (cell.mode().isPresent()) {
            InteractionMode mode = cell.mode().get();
            String name = text.text("throughline.web.interaction.mode." + mode.name());
            out.element("span", cell.ackSlaDays()
                    .map(days -> text.text("throughline.web.interaction.with-sla", name, days)).orElse(name),
                    "class", "throughline-mode");
        } else if (cell.noInteractionContract()) {
            out.element("span", text.text("throughline.web.macro.matrix.no-interaction"),
                    "class", "throughline-mode throughline-mode-none");
        }
    }
}
