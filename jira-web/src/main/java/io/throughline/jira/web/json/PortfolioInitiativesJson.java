package io.throughline.jira.web.json;

import io.throughline.core.common.People;
import io.throughline.core.scorecard.ScorecardLine;
import io.throughline.core.stageview.StagePortfolio;
import io.throughline.core.stageview.StageRow;
import io.throughline.core.stageview.StageSection;
import io.throughline.web.view.ViewText;
import java.util.List;

/**
 * {@code GET /portfolio/initiatives}: one page of the portfolio by stage. {@code sections} are the
 * stages on the page in lifecycle order, each with its count over every page and the names of the
 * gates ahead of it; each row carries its stage, its dependency health (null without a dependency),
 * its signals, its stored delivery roll-up (null until computed) and {@code gates}: the gates ahead
 * of its stage judged now (as {@code GET /initiatives/{key}} reports them), for the rows of the page.
 */
public record PortfolioInitiativesJson(int page, int pages, int pageSize, int total, String oldestComputedAt,
                                       List<String> teams, List<SectionJson> sections, List<RowJson> rows) {

    public record SectionJson(String stage, int count, List<String> gatesAhead) {
    }

    public record RowJson(String key, String summary, String team, String stage, String owner, String ownerName,
                          String health, int dependencies, int openDependencies, List<SignalsJson.Raised> signals,
                          List<GateAheadJson> gates, RollUpJson delivery, String computedAt) {
    }

    /** A gate ahead, named, with its verdict; {@code missing} counts the checks that fail. */
    public record GateAheadJson(String gate, boolean ready, long missing, GateJson verdict) {
    }

    public static PortfolioInitiativesJson of(StagePortfolio portfolio, ViewText text, People people) {
        List<RowJson> rows = new java.util.ArrayList<>();
        for (StageSection section : portfolio.sections()) {
            section.rows().forEach(row -> rows.add(row(row, text, people)));
        }
        return new PortfolioInitiativesJson(portfolio.page(), portfolio.pages(), portfolio.pageSize(), portfolio.total(),
                portfolio.oldestComputedAt().map(Object::toString).orElse(null),
                portfolio.teams().stream().map(team -> team.name()).toList(),
                portfolio.sections().stream().map(s -> new SectionJson(s.stage().name(), s.count(), s.gatesAhead()))
                        .toList(), rows);
    }

    private static RowJson row(StageRow row, ViewText text, People people) {
        ScorecardLine line = row.row().line();
        List<GateAheadJson> gates = row.gates().stream().map(judged -> new GateAheadJson(judged.report().gate(),
                judged.report().results().stream().allMatch(result -> result.satisfied()),
                judged.report().results().stream().filter(result -> !result.satisfied()).count(),
                GateJson.of(judged, text::text))).toList();
        return new RowJson(line.initiative().value(), row.row().summary(), line.team().name(), line.stage().name(),
                row.row().owner().map(owner -> owner.key()).orElse(null),
                row.row().owner().map(people::displayName).orElse(null), row.health().map(Enum::name).orElse(null),
                line.coordination().dependencies(), line.coordination().openDependencies(),
                SignalsJson.raised(line.signals(), text), gates, row.delivery().map(RollUpJson::of).orElse(null),
                line.computedAt().toString());
    }
}
