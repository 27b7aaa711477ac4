package io.throughline.web.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A metric's readings as a small inline SVG line, oldest left, with the target as a dashed line: the
 * scale spans the readings, the baseline and the target, so "how far to go" reads at a glance. The
 * chart carries its words in its title; a view shows the readings as text beside it.
 */
public final class Sparkline {

    public static final int WIDTH = 96;
    public static final int HEIGHT = 24;
    public static final String LINE = "rgb(0,82,204)";
    public static final String TARGET = "rgb(0,135,90)";

    private Sparkline() {
    }

    /** {@code label} is plain text; empty when there is no reading to draw. */
    public static Optional<String> svg(List<BigDecimal> readings, Optional<BigDecimal> baseline,
                                       Optional<BigDecimal> target, String label) {
        if (readings.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> all = new ArrayList<>(readings);
        baseline.ifPresent(all::add);
        target.ifPresent(all::add);
        BigDecimal low = all.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal high = all.stream().max(BigDecimal::compareTo).orElseThrow();
        String title = Html.escape(label);
        StringBuilder svg = new StringBuilder(256);
        svg.append("<svg class=\"throughline-sparkline\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" aria-label=\"").append(title).append("\"><title>").append(title)
                .append("</title>");
        target.ifPresent(t -> svg.append("<line class=\"throughline-sparkline-target\" x1=\"0\" x2=\"").append(WIDTH)
                .append("\" y1=\"").append(y(t, low, high)).append("\" y2=\"").append(y(t, low, high))
                .append("\" stroke=\"").append(TARGET).append("\" stroke-dasharray=\"3 2\" stroke-width=\"1\"/>"));
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < readings.size(); i++) {
            int x = readings.size() == 1 ? WIDTH / 2 : 2 + i * (WIDTH - 4) / (readings.size() - 1);
            points.append(i == 0 ? "" : " ").append(x).append(',').append(y(readings.get(i), low, high));
        }
        svg.append("<polyline class=\"throughline-sparkline-line\" fill=\"none\" stroke=\"").append(LINE)
                .append("\" stroke-width=\"1.5\" points=\"").append(points).append("\"/>");
        BigDecimal last = readings.get(readings.size() - 1);
        String[] lastPoint = points.substring(points.lastIndexOf(" ") + 1).split(",");
        svg.append("<circle class=\"throughline-sparkline-last\" r=\"2\" fill=\"").append(LINE).append("\" cx=\"")
                .append(lastPoint[0]).append("\" cy=\"").append(y(last, low, high)).append("\"/>");
        return Optional.of(svg.append("</svg>").toString());
    }

    /** The height of a value: the highest at the top, with a margin of 2; a flat series sits in the middle. */
    static int y(BigDecimal value, BigDecimal low, BigDecimal high) {
        BigDecimal span = high.subtract(low);
        if (span.signum() == 0) {
            return HEIGHT / 2;
        }
        BigDecimal share = value.subtract(low).divide(span, 6, RoundingMode.HALF_UP);
        return 2 + BigDecimal.valueOf(HEIGHT - 4).multiply(BigDecimal.ONE.subtract(share))
                .setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
