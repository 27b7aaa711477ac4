package io.throughline.confluence.web.scorecard;

import io.throughline.confluence.web.Healths;
import io.throughline.confluence.web.HtmlWriter;
import io.throughline.core.graph.Health;
import io.throughline.core.scorecard.Trend;
import io.throughline.web.view.ViewText;
import io.throughline.web.view.WeeklySeries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the scorecard's two tables write alike, as the Jira page writes it: numbers without trailing
 * zeros, rates as whole percents, a trend's mark with its words in the title, the health lozenge and
 * a weekly series drawn and, for a screen reader or an export, listed in a visually hidden table.
 */
final class ScorecardCells {

    private final ViewText text;
    private final LocalDate comparedWith;

    ScorecardCells(ViewText text, LocalDate comparedWith) {
        this.text = text;
        this.comparedWith = comparedWith;
    }

    ViewText text() {
        return text;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A fraction from 0 to 1 as a whole percent number: 0.25 is 25. */
    static String percent(BigDecimal rate) {
        return plain(rate.movePointRight(2).setScale(0, RoundingMode.HALF_UP));
    }

    /** ▲ better, ▼ worse, = the same as on the compared day, the words in its title; nothing when there is nothing to compare. */
    void trend(HtmlWriter out, Trend trend) {
        if (trend == Trend.NONE) {
            return;
        }
        String mark = switch (trend) {
            case BETTER -> "▲";
            case WORSE -> "▼";
            default -> "=";
        };
        String words = text.text("throughline.web.scorecard.trend-since." + trend.name(), comparedWith.toString());
        out.text(" ").element("span", mark, "class", "throughline-trend throughline-trend-"
                + trend.name().toLowerCase(Locale.ROOT), "data-trend", trend.name(), "title", words, "aria-label", words);
    }

    void health(HtmlWriter out, Optional<Health> worst) {
        worst.ifPresent(health -> Healths.lozenge(out, health, Healths.name(text, health)));
    }

    /** The weeks as bars, then as text: "–" for a week without a value. */
    void series(HtmlWriter out, List<Optional<BigDecimal>> weeks, String labelKey, String team) {
        String label = text.text(labelKey, team, weeks.size());
        out.chart(WeeklySeries.svg(weeks, label));
        out.open("table", "class", "assistive").element("caption", label).open("tbody").open("tr");
        weeks.forEach(week -> out.element("td", week.map(ScorecardCells::plain).orElse("–")));
        out.close("tr").close("tbody").close("table");
    }
}
