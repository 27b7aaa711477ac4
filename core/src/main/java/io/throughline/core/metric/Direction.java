package io.throughline.core.metric;

/** Which way a metric must move to count as success. */
public enum Direction {
    /** Higher is better: a reading meets the target when it is at least the target. */
    INCREASE,
    /** Lower is better: a reading meets the target when it is at most the target. */
    DECREASE,
    /** Baseline equals target: no reading can show movement, so the metric is not measurable. */
    NONE
}
