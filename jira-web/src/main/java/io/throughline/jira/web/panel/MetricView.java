package io.throughline.jira.web.panel;

import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.metric.Direction;
import io.throughline.core.metric.Measure;
import io.throughline.core.metric.MetricParse;
import io.throughline.core.metric.SuccessMetric;
import io.throughline.core.metric.SuccessMetricParser;
import io.throughline.web.view.Html;
import io.throughline.web.view.ViewText;
import java.util.Optional;

/**
 * The success metric as written and as understood (name, baseline → target), or why it cannot be
 * read, and the latest current metric reading with the day it was observed.
 */
public final class MetricView {

    private final boolean present;
    private final boolean parsed;
    private final String textHtml;
    private final String nameHtml;
    private final String rangeHtml;
    private final String problemHtml;
    private final boolean hasReading;
    private final String readingHtml;
    private final String readingDateHtml;

    private MetricView(boolean present, boolean parsed, String textHtml, String nameHtml, String rangeHtml,
                       String problemHtml, Optional<String> reading, String readingDateHtml) {
        this.present = present;
        this.parsed = parsed;
        this.textHtml = textHtml;
        this.nameHtml = nameHtml;
        this.rangeHtml = rangeHtml;
        this.problemHtml = problemHtml;
        this.hasReading = reading.isPresent();
        this.readingHtml = Html.escape(reading.orElse(""));
        this.readingDateHtml = readingDateHtml;
    }

    static MetricView of(Optional<String> written, Optional<EvidenceEntry> latest, ViewText text) {
        Optional<SuccessMetric> metric = written.map(SuccessMetricParser::parse)
                .filter(MetricParse.Valid.class::isInstance)
                .map(parse -> ((MetricParse.Valid) parse).metric());
        Optional<String> reading = latest.flatMap(EvidenceEntry::observedValue)
                .map(value -> new Measure(value, metric.flatMap(SuccessMetric::unit)).toString());
        String readingDate = Html.escape(latest.map(entry -> entry.observedOn().toString()).orElse(""));
        if (written.isEmpty()) {
            return new MetricView(false, false, "", "", "", text.html("throughline.web.metric.none"),
                    reading, readingDate);
        }
        String textHtml = Html.escape(written.get());
        if (metric.isEmpty()) {
            MetricParse.Invalid invalid = (MetricParse.Invalid) SuccessMetricParser.parse(written.get());
            return new MetricView(true, false, textHtml, "", "", text.html(invalid.message()), reading, readingDate);
        }
        return new MetricView(true, true, textHtml, Html.escape(metric.get().name()), range(metric.get(), text), "",
                reading, readingDate);
    }

    private static String range(SuccessMetric metric, ViewText text) {
        String target = metric.target().toString();
        if (metric.baseline().isPresent()) {
            return text.html("throughline.web.metric.range", metric.baseline().get().toString(), target);
        }
        return metric.direction() == Direction.DECREASE
                ? text.html("throughline.web.metric.at-most", target)
                : text.html("throughline.web.metric.at-least", target);
    }

    public boolean isPresent() {
        return present;
    }

    /** True when the metric reads as name, baseline and target; false when it is missing or unreadable. */
    public boolean isParsed() {
        return parsed;
    }

    /** The metric exactly as written in the issue. */
    public String getTextHtml() {
        return textHtml;
    }

    public String getNameHtml() {
        return nameHtml;
    }

    /** "22% → 30%", or "at least 30%" without a baseline. */
    public String getRangeHtml() {
        return rangeHtml;
    }

    /** Why the metric cannot be read (or that there is none); empty when it parsed. */
    public String getProblemHtml() {
        return problemHtml;
    }

    public boolean isHasReading() {
        return hasReading;
    }

    /** The latest current reading's value, in the metric's unit when the metric parses. */
    public String getReadingHtml() {
        return readingHtml;
    }

    public String getReadingDateHtml() {
        return readingDateHtml;
    }
}
