package io.throughline.core.scorecard;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A figure now against the same figure {@value #WEEKS} weeks earlier, in the figure's own direction:
 * {@link #NONE} when either side has no value (no line then, no reading, no deployment).
 */
public enum Trend {
    BETTER, WORSE, SAME, NONE;

    /** How far back a trend looks, in weeks. */
    public static final int WEEKS = 4;

    public static Trend of(Figure figure, ScorecardLine now, Optional<ScorecardLine> before) {
        Optional<BigDecimal> current = figure.of(now);
        Optional<BigDecimal> earlier = before.flatMap(figure::of);
        if (current.isEmpty() || earlier.isEmpty()) {
            return NONE;
        }
        int compared = current.get().compareTo(earlier.get());
        if (compared == 0) {
            return SAME;
        }
        return (compared > 0) == figure.higherIsBetter() ? BETTER : WORSE;
    }

    /** The trend of every figure of the line. */
    public static Map<Figure, Trend> all(ScorecardLine now, Optional<ScorecardLine> before) {
        Map<Figure, Trend> trends = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            trends.put(figure, of(figure, now, before));
        }
        return trends;
    }
}
