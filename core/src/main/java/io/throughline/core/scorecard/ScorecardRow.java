package io.throughline.core.scorecard;

import io.throughline.core.common.UserRef;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One initiative on a scorecard: its line, what the viewer reads beside it (its summary and owner
 * as they are now) and the trend of each figure against the line {@value Trend#WEEKS} weeks earlier.
 */
public record ScorecardRow(ScorecardLine line, String summary, Optional<UserRef> owner, Map<Figure, Trend> trends) {

    public ScorecardRow {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(owner, "owner");
        trends = new EnumMap<>(trends);
        for (Figure figure : Figure.values()) {
            trends.putIfAbsent(figure, Trend.NONE);
        }
        trends = java.util.Collections.unmodifiableMap(trends);
    }

    public Trend trend(Figure figure) {
        return trends.get(figure);
    }
}
