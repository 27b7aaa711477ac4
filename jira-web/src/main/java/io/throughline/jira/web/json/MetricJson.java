package io.throughline.jira.web.json;

import io.throughline.core.metric.Measure;
import io.throughline.core.metric.MetricParse;
import io.throughline.core.metric.SuccessMetric;
import io.throughline.core.metric.SuccessMetricParser;
import java.math.BigDecimal;

/** A success metric as written, and its parts when the text parses (all null when it does not). */
public record MetricJson(String text, String name, BigDecimal baseline, BigDecimal target, String unit,
                         String direction) {

    public static MetricJson of(String text) {
        if (SuccessMetricParser.parse(text) instanceof MetricParse.Valid valid) {
            SuccessMetric metric = valid.metric();
            return new MetricJson(text, metric.name(), metric.baseline().map(Measure::value).orElse(null),
                    metric.target().value(), metric.unit().orElse(null), metric.direction().name());
        }
        return new MetricJson(text, null, null, null, null, null);
    }
}
