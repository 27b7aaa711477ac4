package io.throughline.web.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A weekly series of latencies (days) as small inline SVG bars, oldest left; a week without a value
 * has a grey tick only. The tallest week fills the height. The chart carries its words in its title;
 * a view gives the values as a table beside it.
 */
public final class WeeklySeries {

    private static final int BAR = 6;
    private static final int GAP = 2;
    private static final int HEIGHT = 24;

    private WeeklySeries() {
    }

    /** {@code label} is plain text. */
    public static String svg(List<Optional<BigDecimal>> weeks, String label) {
        BigDecimal highest = weeks.stream().flatMap(Optional::stream).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        int width = Math.max(1, weeks.size() * (BAR + GAP) - GAP);
        String title = Html.escape(label);
        StringBuilder svg = new StringBuilder(128 + weeks.size() * 120);
        svg.append("<svg class=\"throughline-series\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(HEIGHT).append("\" aria-label=\"").append(title).append("\"><title>").append(title)
                .append("</title>");
        for (int i = 0; i < weeks.size(); i++) {
            int x = i * (BAR + GAP);
            svg.append("<rect class=\"throughline-series-base\" fill=\"").append(WeeklyBars.BASE).append("\" x=\"")
                    .append(x).append("\" y=\"").append(HEIGHT - 1).append("\" width=\"").append(BAR)
                    .append("\" height=\"1\"/>");
            Optional<BigDecimal> week = weeks.get(i);
            if (week.isPresent() && highest.signum() > 0 && week.get().signum() > 0) {
                int height = Math.max(1, week.get().multiply(BigDecimal.valueOf(HEIGHT - 2))
                        .divide(highest, 0, RoundingMode.HALF_UP).intValue());
                svg.append("<rect class=\"throughline-series-week\" fill=\"").append(WeeklyBars.OK).append("\" x=\"")
                        .append(x).append("\" y=\"").append(HEIGHT - 1 - height).append("\" width=\"").append(BAR)
                        .append("\" height=\"").append(height).append("\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }
}
