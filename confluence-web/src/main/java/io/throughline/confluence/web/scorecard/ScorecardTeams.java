package io.throughline.confluence.web.scorecard;

import io.throughline.confluence.web.HtmlWriter;
import io.throughline.web.view.ViewText;
import java.util.ArrayList;
import java.util.List;

/**
 * The teams' table under the initiatives: each team's sums over the rows of the groups shown, and, with
 * coordination, its weekly acknowledgement and delivery latencies drawn and listed. Nothing when only
 * the outcome is shown (teams have no outcome of their own).
 */
final class ScorecardTeams {

    private final ScorecardCells cells;
    private final ViewText text;

    ScorecardTeams(ScorecardCells cells) {
        this.cells = cells;
        this.text = cells.text();
    }

    /** {@code windowDays}: the days the rows' deployments are counted over. */
    void render(HtmlWriter out, List<ScorecardData.TeamRow> teams, ScorecardParameters params, int windowDays) {
        boolean delivery = params.shows(ColumnGroup.DELIVERY);
        boolean coordination = params.shows(ColumnGroup.COORDINATION);
        boolean signals = params.shows(ColumnGroup.SIGNALS);
        if (teams.isEmpty() || !(delivery || coordination || signals)) {
            return;
        }
        List<String> headings = new ArrayList<>(List.of("team", "initiatives"));
        if (delivery) {
            headings.addAll(List.of("trace", "deployments", "fail-rate"));
        }
        if (coordination) {
            headings.addAll(List.of("decision", "dependencies", "late-rate", "ack-weeks", "delivery-weeks"));
            int weeks = teams.stream().mapToInt(team -> team.ackWeeks().size()).max().orElse(0);
            out.element("p", text.text("throughline.web.scorecard.teams-intro", weeks), "class",
                    "throughline-scorecard-teams-intro");
        }
        if (signals) {
            headings.add("signals");
        }
        out.open("table", "class", "aui throughline-scorecard-teams")
                .element("caption", text.text("throughline.web.scorecard.teams")).open("thead").open("tr");
        headings.forEach(heading -> out.element("th", text.text("throughline.web.scorecard.team-column." + heading),
                "scope", "col", "data-column", heading));
        out.close("tr").close("thead").open("tbody");
        for (ScorecardData.TeamRow team : teams) {
            out.open("tr", "data-team", team.team()).element("th", team.team(), "scope", "row")
                    .element("td", String.valueOf(team.initiatives()));
            if (delivery) {
                delivery(out, team, windowDays);
            }
            if (coordination) {
                coordination(out, team);
            }
            if (signals) {
                out.element("td", String.valueOf(team.signals()));
            }
            out.close("tr");
        }
        out.close("tbody").close("table");
    }

    private void delivery(HtmlWriter out, ScorecardData.TeamRow team, int windowDays) {
        out.element("td", team.percentDone().map(p -> text.text("throughline.web.scorecard.trace", team.done(),
                team.items(), p)).orElseGet(() -> text.text("throughline.web.scorecard.trace.none")));
        out.element("td", text.text("throughline.web.scorecard.deployments", team.deploymentsPerWeek(),
                team.deployments(), windowDays));
        out.element("td", team.changeFailRate().map(rate -> text.text("throughline.web.scorecard.fail-rate",
                ScorecardCells.percent(rate), team.failed(), team.deployments())).orElse(""));
    }

    private void coordination(HtmlWriter out, ScorecardData.TeamRow team) {
        out.element("td", team.decisionMedianDays().map(median -> text.text("throughline.web.scorecard.decision-spread",
                median, team.decisionP90Days().orElse(median))).orElse(""));
        out.open("td").text(text.text("throughline.web.scorecard.open", team.openDependencies(), team.dependencies()));
        if (team.worstHealth().isPresent()) {
            out.text(" ");
            cells.health(out, team.worstHealth());
        }
        out.close("td");
        out.element("td", team.lateDiscoveryRate().map(rate -> ScorecardCells.percent(rate) + " %").orElse(""));
        out.open("td");
        cells.series(out, team.ackWeeks(), "throughline.web.scorecard.ack-series", team.team());
        out.close("td").open("td");
        cells.series(out, team.deliveryWeeks(), "throughline.web.scorecard.delivery-series", team.team());
        out.close("td");
    }
}
