package io.throughline.core.metric;

import io.throughline.core.common.Texts;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed success metric: name, optional baseline, target and the direction that counts as
 * success. With a baseline the direction follows baseline → target; without one it is declared
 * ({@code >=} / {@code <=}, at least by default).
 */
public record SuccessMetric(String name, Optional<Measure> baseline, Measure target, Direction direction) {

    public static final int MAX_NAME = 120;

    public SuccessMetric {
        name = Texts.requireLine(name, "metric name", MAX_NAME);
        if (name.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a metric name cannot contain ':', which ends the name when written");
        }
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        if (baseline.isPresent()) {
            Measure from = baseline.get();
            if (!from.unit().equals(target.unit())) {
                throw new IllegalArgumentException("baseline and target must share one unit");
            }
            Direction implied = directionOf(from.value(), target.value());
            if (direction != implied) {
                throw new IllegalArgumentException("direction " + direction + " contradicts " + from + " -> " + target);
            }
        } else if (direction == Direction.NONE) {
            throw new IllegalArgumentException("a metric without a baseline needs a direction");
        }
    }

    public static SuccessMetric of(String name, Measure baseline, Measure target) {
        return new SuccessMetric(name, Optional.of(baseline), target, directionOf(baseline.value(), target.value()));
    }

    static Direction directionOf(BigDecimal from, BigDecimal to) {
        int cmp = to.compareTo(from);
        return cmp > 0 ? Direction.INCREASE : cmp < 0 ? Direction.DECREASE : Direction.NONE;
    }

    /** A metric is measurable when some reading could show success: its target differs from its baseline. */
    public boolean isMeasurable() {
        return direction != Direction.NONE;
    }

    public Optional<String> unit() {
        return target.unit();
    }

    /** Does a reading meet the target in the metric's direction? */
    public boolean isMetBy(BigDecimal reading) {
        return switch (direction) {
            case INCREASE -> reading.compareTo(target.value()) >= 0;
            case DECREASE -> reading.compareTo(target.value()) <= 0;
            case NONE -> false;
        };
    }

    /** The canonical way to write this metric; parsing it gives the same metric back. */
    @Override
    public String toString() {
        if (baseline.isPresent()) {
            return name + ": " + baseline.get() + " → " + target;
        }
        return name + ": " + (direction == Direction.DECREASE ? "≤ " : "≥ ") + target;
    }
}
