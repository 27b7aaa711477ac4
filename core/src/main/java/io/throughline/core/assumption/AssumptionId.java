package io.throughline.core.assumption;

/** The store's identifier of one listed assumption. */
public record AssumptionId(long value) {

    public AssumptionId {
        if (value <= 0) {
            throw new IllegalArgumentException("assumption id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
