package io.throughline.core.portfolio;

import io.throughline.core.common.Message;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.initiative.Initiative;
import java.util.List;
import java.util.Objects;

/** One dependency as a viewer may see it, with its consumer initiative and its reasons in words. */
public record PortfolioRow(DependencyStatus status, Initiative consumer) {

    public PortfolioRow {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(consumer, "consumer");
        if (!status.dependency().consumer().equals(consumer.key())) {
            throw new IllegalArgumentException("row consumer does not match its dependency");
        }
    }

    public List<Message> reasons() {
        return status.reasons().stream().map(reason -> reason.describe(status.dependency())).toList();
    }
}
