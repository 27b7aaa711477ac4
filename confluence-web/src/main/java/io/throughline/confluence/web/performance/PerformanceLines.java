package io.throughline.confluence.web.performance;

import io.throughline.confluence.web.HtmlWriter;
import io.throughline.web.view.ViewText;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The delivery figures' headline as a list, the words the Jira panel uses: deployments, fail rate, recovery, rework. */
public final class PerformanceLines {

    private PerformanceLines() {
    }

    /** Writes an initiative's figures (or that there were no deployments) inside the caller's open element. */
    public static void write(HtmlWriter out, ViewText text, PerformanceData figures) {
        write(out, text, figures, "throughline.web.performance.none");
    }

    /** As {@link #write(HtmlWriter, ViewText, PerformanceData)}, saying {@code noneKey} when nothing was deployed. */
    public static void write(HtmlWriter out, ViewText text, PerformanceData figures, String noneKey) {
        if (figures.deployments() == 0) {
            out.element("p", text.text(noneKey, figures.days()));
            return;
        }
        out.open("ul", "class", "throughline-card-figures");
        out.element("li", text.text("throughline.web.performance.deployments", figures.deployments(), figures.days(),
                figures.perWeek().toPlainString()));
        String rate = percent(figures.failRate().orElse(BigDecimal.ZERO));
        out.element("li", figures.inferred() > 0
                ? text.text("throughline.web.performance.fail-inferred", rate, figures.failed(), figures.total(),
                        figures.inferred())
                : text.text("throughline.web.performance.fail", rate, figures.failed(), figures.total()));
        out.element("li", figures.recoveryHours()
                .map(hours -> text.text("throughline.web.performance.recovery", hours.toPlainString(), figures.recovered(),
                        figures.open()))
                .orElseGet(() -> figures.open() > 0
                        ? text.text("throughline.web.performance.recovery-open-only", figures.open())
                        : text.text("throughline.web.performance.recovery-none")));
        out.element("li", text.text("throughline.web.performance.rework",
                percent(figures.reworkRate().orElse(BigDecimal.ZERO)), figures.unplanned(), figures.total()));
        out.close("ul");
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
}
