package io.throughline.core.metric;

/** The part of a success metric a parse error is about. */
public enum MetricPart {
    WHOLE,
    NAME,
    BASELINE,
    ARROW,
    TARGET,
    UNIT
}
