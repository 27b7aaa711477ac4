package io.throughline.core.dependency;

import java.util.EnumSet;
import java.util.Set;

/** Where a dependency request stands: REQUESTED → COMMITTED | DECLINED; COMMITTED → DELIVERED. */
public enum DependencyState {
    REQUESTED,
    COMMITTED,
    DECLINED,
    DELIVERED;

    /** The states this one may move to next; empty for final states. */
    public Set<DependencyState> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(COMMITTED, DECLINED);
            case COMMITTED -> EnumSet.of(DELIVERED);
            case DECLINED, DELIVERED -> EnumSet.noneOf(DependencyState.class);
        };
    }

    public boolean canMoveTo(DependencyState target) {
        return next().contains(target);
    }

    /** Still waiting on the provider: requested or committed, not yet delivered or declined. */
    public boolean isOpen() {
        return this == REQUESTED || this == COMMITTED;
    }
}
