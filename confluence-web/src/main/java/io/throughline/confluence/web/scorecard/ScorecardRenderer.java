package io.throughline.confluence.web.scorecard;

import io.throughline.confluence.web.HtmlWriter;
import io.throughline.confluence.web.JiraLinks;
import io.throughline.core.scorecard.ScorecardLine;
import io.throughline.web.view.ViewText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The scorecard macro's content: the day it is as of, the day its trends compare with and when its
 * oldest line was computed, then the initiatives' table and the teams' table.
 */
final class ScorecardRenderer {

    /** The most initiatives one macro lists; the rest are counted, so the page stays readable. */
    static final int MAX_ROWS = 100;

    private static final DateTimeFormatter COMPUTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ViewText text;
    private final JiraLinks links;
    private final ZoneId zone;

    ScorecardRenderer(ViewText text, JiraLinks links, ZoneId zone) {
        this.text = text;
        this.links = links;
        this.zone = zone;
    }

    void render(HtmlWriter out, ScorecardData card, ScorecardParameters params) {
        ScorecardCells cells = new ScorecardCells(text, card.comparedWith());
        out.open("p", "class", "throughline-scorecard-asof").text(text.text("throughline.web.scorecard.as-of",
                card.asOf().toString(), card.comparedWith().toString()));
        card.oldestComputedAt().ifPresent(at -> out.text(" ").text(text.text("throughline.web.scorecard.computed",
                COMPUTED.format(at.atZone(zone)), zone.getId())));
        out.close("p");
        new ScorecardRows(cells, links).render(out, card.rows(), card.total(), params, MAX_ROWS);
        int windowDays = card.rows().stream().findFirst().map(row -> row.delivery().windowDays())
                .orElse(ScorecardLine.DELIVERY_DAYS);
        new ScorecardTeams(cells).render(out, card.teamRows(), params, windowDays);
    }
}
