package io.throughline.jira.web.portfolio;

import io.throughline.core.common.People;
import io.throughline.core.scorecard.ScorecardLine;
import io.throughline.core.signal.SignalVerdict;
import io.throughline.core.stageview.StagePortfolio;
import io.throughline.core.stageview.StageRow;
import io.throughline.core.stageview.StageSection;
import io.throughline.jira.web.scorecard.ScorecardCsv;
import io.throughline.web.view.ViewText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The portfolio as CSV: the page's columns for the same query, every row (all pages) in the page's
 * order, by stage. Where the page shows whether a row is ready for the gate ahead, the CSV names the
 * gate ahead of the row's stage: readiness reads each initiative's own record, so it is judged for
 * the rows of a page only, never for an export of any size. Cells are neutralised as the
 * scorecard's CSV neutralises them (its writer, {@link ScorecardCsv#line}).
 */
public final class PortfolioCsv {

    private PortfolioCsv() {
    }

    public static String write(StagePortfolio portfolio, ViewText text, People people) {
        StringBuilder csv = new StringBuilder(256 + portfolio.total() * 160);
        ScorecardCsv.line(csv, List.of(text.text("throughline.web.scorecard.column.key"),
                text.text("throughline.web.scorecard.column.summary"), text.text("throughline.web.scorecard.column.team"),
                text.text("throughline.web.scorecard.column.stage"), text.text("throughline.web.scorecard.column.owner"),
                text.text("throughline.web.portfolio.column.health"), text.text("throughline.web.scorecard.column.signals"),
                text.text("throughline.web.portfolio.column.gate"), text.text("throughline.web.portfolio.column.delivery")));
        for (StageSection section : portfolio.sections()) {
            String gates = section.gatesAhead().isEmpty() ? "" : PortfolioPage.gateNames(text, section.gatesAhead());
            for (StageRow row : section.rows()) {
                ScorecardLine line = row.row().line();
                List<String> cells = new ArrayList<>();
                cells.add(line.initiative().value());
                cells.add(row.row().summary());
                cells.add(line.team().name());
                cells.add(text.text("throughline.web.stage." + section.stage().name()));
                cells.add(row.row().owner().map(people::displayName).orElse(""));
                cells.add(row.health().map(h -> text.text("throughline.web.health." + h.name())).orElse(""));
                cells.add(line.signals().stream().map(SignalVerdict::signal)
                        .map(s -> text.text("throughline.web.signal.name." + s.name())).collect(Collectors.joining("; ")));
                cells.add(gates);
                cells.add(row.delivery().flatMap(r -> r.progress().percentDone()
                        .map(p -> text.text("throughline.web.portfolio.delivery.cell", p, r.progress().done(),
                                r.progress().items()))).orElse(""));
                ScorecardCsv.line(csv, cells);
            }
        }
        return csv.toString();
    }
}
