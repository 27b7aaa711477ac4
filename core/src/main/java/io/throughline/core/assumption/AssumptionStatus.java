package io.throughline.core.assumption;

/** Where an assumption stands: not yet settled, or settled one way by a piece of evidence. */
public enum AssumptionStatus {
    OPEN,
    CONFIRMED,
    REFUTED
}
