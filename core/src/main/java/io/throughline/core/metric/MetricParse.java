package io.throughline.core.metric;

import io.throughline.core.common.Message;
import java.util.Objects;

/** The outcome of parsing a success metric: the metric, or what is wrong and where. */
public sealed interface MetricParse {

    record Valid(SuccessMetric metric) implements MetricParse {
        public Valid {
            Objects.requireNonNull(metric, "metric");
        }
    }

    /** The message names the offending part and ends with an example of the syntax. */
    record Invalid(MetricPart part, Message message) implements MetricParse {
        public Invalid {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(message, "message");
        }
    }
}
