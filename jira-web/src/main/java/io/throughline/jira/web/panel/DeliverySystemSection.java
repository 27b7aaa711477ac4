package io.throughline.jira.web.panel;

import io.throughline.core.performance.DeliveryPerformance;
import io.throughline.web.view.TextLine;
import io.throughline.web.view.ViewText;
import io.throughline.web.view.WeeklyBars;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The panel's Delivery system section: the five DORA figures of the initiative over the last 90
 * days, each with the counts it was computed from, and a weekly bar of production deployments with
 * the failed ones marked. Empty when the host keeps no delivery events for it.
 */
public final class DeliverySystemSection {

    /** The window the panel shows. */
    public static final int DAYS = 90;

    private final List<TextLine> figures;
    private final WeeklyBars.Drawing bars;
    private final String emptyHtml;

    private DeliverySystemSection(List<TextLine> figures, WeeklyBars.Drawing bars, String emptyHtml) {
        this.figures = List.copyOf(figures);
        this.bars = bars;
        this.emptyHtml = emptyHtml;
    }

    /** No section (a host without delivery events, or figures that could not be read). */
    static DeliverySystemSection none() {
        return new DeliverySystemSection(List.of(), WeeklyBars.draw(List.of(), ""), "");
    }

    static DeliverySystemSection of(Optional<DeliveryPerformance> read, ViewText text) {
        if (read.isEmpty()) {
            return none();
        }
        DeliveryPerformance figures = read.get();
        if (figures.deployments() == 0) {
            return new DeliverySystemSection(List.of(), WeeklyBars.draw(List.of(), ""),
                    text.html("throughline.web.performance.none", figures.window().days()));
        }
        List<TextLine> lines = new ArrayList<>();
        lines.add(line(text, "throughline.web.performance.deployments", figures.deployments(), figures.window().days(),
                figures.perWeek().toPlainString()));
        lines.add(durations(text, "throughline.web.performance.change-lead",
                "throughline.web.performance.change-lead-none", figures.changeLeadTime()));
        lines.add(durations(text, "throughline.web.performance.issue-lead",
                "throughline.web.performance.issue-lead-none", figures.issueLeadTime()));
        DeliveryPerformance.FailRate fail = figures.changeFailRate();
        lines.add(fail.inferred() > 0
                ? line(text, "throughline.web.performance.fail-inferred", percent(fail.rate()), fail.failed(), fail.total(),
                        fail.inferred())
                : line(text, "throughline.web.performance.fail", percent(fail.rate()), fail.failed(), fail.total()));
        DeliveryPerformance.Recovery recovery = figures.recoveryTime();
        lines.add(recovery.n() == 0 && recovery.open() == 0
                ? line(text, "throughline.web.performance.recovery-none")
                : recovery.n() == 0
                ? line(text, "throughline.web.performance.recovery-open-only", recovery.open())
                : line(text, "throughline.web.performance.recovery", recovery.medianHours().toPlainString(), recovery.n(),
                        recovery.open()));
        DeliveryPerformance.Rework rework = figures.reworkRate();
        lines.add(line(text, "throughline.web.performance.rework", percent(rework.rate()), rework.unplanned(),
                rework.total()));
        lines.add(line(text, "throughline.web.performance.services", String.join(", ", figures.services())));
        lines.add(line(text, "throughline.web.performance.definitions", figures.definitions()));
        List<WeeklyBars.Week> weeks = figures.weeks().stream()
                .map(week -> new WeeklyBars.Week(week.deployments(), week.failed())).toList();
        int failed = figures.weeks().stream().mapToInt(DeliveryPerformance.Week::failed).sum();
        String label = text.text("throughline.web.performance.bars", figures.weeks().size(), figures.deployments(), failed,
                String.join(", ", figures.weeks().stream().map(w -> w.deployments() + "/" + w.failed()).toList()));
        return new DeliverySystemSection(lines, WeeklyBars.draw(weeks, label), "");
    }

    private static TextLine durations(ViewText text, String key, String noneKey, DeliveryPerformance.Durations durations) {
        return durations.n() == 0
                ? line(text, noneKey)
                : line(text, key, durations.medianHours().toPlainString(), durations.p85Hours().toPlainString(),
                        durations.n());
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static TextLine line(ViewText text, String key, Object... args) {
        return TextLine.of(text.text(key, args));
    }

    public boolean isShown() {
        return !figures.isEmpty() || !emptyHtml.isEmpty();
    }

    /** One escaped line per figure, with its counts. */
    public List<TextLine> getFigures() {
        return figures;
    }

    public boolean isHasFigures() {
        return !figures.isEmpty();
    }

    /** The weekly deployments, drawn by the template as inline SVG (numbers only; its label escaped). */
    public WeeklyBars.Drawing getBars() {
        return bars;
    }

    /** "No production deployments in the last 90 days." when there were none; empty otherwise. */
    public String getEmptyHtml() {
        return emptyHtml;
    }
}
