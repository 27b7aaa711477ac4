package io.throughline.core.graph;

/** Derived health of a dependency, declared from best to worst so that "worst" is the greater ordinal. */
public enum Health {
    DONE,
    ON_TRACK,
    AT_RISK,
    BLOCKED;

    public Health worse(Health other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** Severity for display order: blocked first. */
    public int severity() {
        return ordinal();
    }
}
