package io.throughline.core.initiative;

/** The status language every workflow status maps onto (DESIGN §1). */
public enum Stage {
    BET,
    COMMITTED,
    DELIVERING,
    SHIPPED,
    VALIDATED,
    INVALIDATED,
    ABANDONED;

    /** True once the company has committed to the initiative (it may since have finished). */
    public boolean isCommitted() {
        return this != BET && this != ABANDONED;
    }

    /** True when nothing more will happen to the initiative. */
    public boolean isClosed() {
        return this == VALIDATED || this == INVALIDATED || this == ABANDONED;
    }
}
