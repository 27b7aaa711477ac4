package io.throughline.web.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A small chart of weekly counts, one bar per week with the failed share on top in red, and its text
 * equivalent as the chart's accessible name. {@link #draw} gives the geometry (for a template that
 * writes the SVG itself), {@link #svg} the SVG markup (for pages built in Java). Only numbers reach
 * the drawing and the label is escaped, so nothing a person typed can become markup.
 */
public final class WeeklyBars {

    /** One week: how many, and how many of those failed. */
    public record Week(int count, int failed) {
        public Week {
            if (count < 0 || failed < 0 || failed > count) {
                throw new IllegalArgumentException("a week counts " + count + " of which " + failed + " failed");
            }
        }
    }

    /** One bar: its column, the base line, the part that did not fail, the part that failed (heights 0 when none). */
    public record Bar(int x, int width, int baseY, int okY, int okHeight, int failedY, int failedHeight) {
        public int getX() {
            return x;
        }

        public int getWidth() {
            return width;
        }

        public int getBaseY() {
            return baseY;
        }

        public int getOkY() {
            return okY;
        }

        public int getOkHeight() {
            return okHeight;
        }

        public int getFailedY() {
            return failedY;
        }

        public int getFailedHeight() {
            return failedHeight;
        }

        public boolean isHasOk() {
            return okHeight > 0;
        }

        public boolean isHasFailed() {
            return failedHeight > 0;
        }
    }

    /** The whole chart: its size, its escaped label, its bars. */
    public record Drawing(int width, int height, String labelHtml, List<Bar> bars) {
        public Drawing {
            bars = List.copyOf(bars);
        }

        public int getWidth() {
            return width;
        }

        public int getHeight() {
            return height;
        }

        public String getLabelHtml() {
            return labelHtml;
        }

        public List<Bar> getBars() {
            return bars;
        }
    }

    /** AUI's neutral, blue and red, so the chart reads the same without the app's stylesheet. */
    public static final String BASE = "rgb(223,225,230)";
    public static final String OK = "rgb(0,82,204)";
    public static final String FAILED = "rgb(222,53,11)";

    private static final int BAR = 8;
    private static final int GAP = 2;
    private static final int HEIGHT = 28;

    private WeeklyBars() {
    }

    /** The geometry; {@code label} (plain text) says what the bars show. The tallest week fills the height. */
    public static Drawing draw(List<Week> weeks, String label) {
        int highest = weeks.stream().mapToInt(Week::count).max().orElse(0);
        List<Bar> bars = new ArrayList<>(weeks.size());
        for (int i = 0; i < weeks.size(); i++) {
            Week week = weeks.get(i);
            int total = highest == 0 || week.count() == 0 ? 0 : Math.max(1, week.count() * (HEIGHT - 2) / highest);
            int failed = week.failed() == 0 ? 0 : Math.max(1, total * week.failed() / week.count());
            int top = HEIGHT - 1 - total;
            bars.add(new Bar(i * (BAR + GAP), BAR, HEIGHT - 1, top + failed, total - failed, top, failed));
        }
        return new Drawing(Math.max(1, weeks.size() * (BAR + GAP) - GAP), HEIGHT, Html.escape(label), bars);
    }

    /** The chart as SVG markup. */
    public static String svg(List<Week> weeks, String label) {
        Drawing drawing = draw(weeks, label);
        StringBuilder svg = new StringBuilder(128 + weeks.size() * 160);
        svg.append("<svg class=\"throughline-weekly\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(drawing.width()).append("\" height=\"").append(drawing.height()).append("\" viewBox=\"0 0 ")
                .append(drawing.width()).append(' ').append(drawing.height()).append("\" aria-label=\"")
                .append(drawing.labelHtml()).append("\"><title>").append(drawing.labelHtml()).append("</title>");
        for (Bar bar : drawing.bars()) {
            rect(svg, bar.x(), bar.baseY(), bar.width(), 1, "throughline-weekly-base", BASE);
            if (bar.isHasOk()) {
                rect(svg, bar.x(), bar.okY(), bar.width(), bar.okHeight(), "throughline-weekly-ok", OK);
            }
            if (bar.isHasFailed()) {
                rect(svg, bar.x(), bar.failedY(), bar.width(), bar.failedHeight(), "throughline-weekly-failed", FAILED);
            }
        }
        return svg.append("</svg>").toString();
    }

    private static void rect(StringBuilder svg, int x, int y, int width, int height, String kind, String fill) {
        svg.append("<rect class=\"").append(kind).append("\" fill=\"").append(fill).append("\" x=\"").append(x).append("\" y=\"").append(y)
                .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\"/>");
    }
}
