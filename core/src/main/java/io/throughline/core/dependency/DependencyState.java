package io.throughline.core.dependency;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a dependency request stands: REQUESTED → COMMITTED | DECLINED; COMMITTED → DELIVERED; a
 * commitment may be revised (COMMITTED → COMMITTED), a decline reopened (DECLINED → REQUESTED), and
 * the consumer may withdraw anything not yet delivered (→ WITHDRAWN, final).
 */
public enum DependencyState {
    REQUESTED,
    COMMITTED,
    DECLINED,
    DELIVERED,
    WITHDRAWN;

    /** The states this one may move to next (itself, for a revision); empty for final states. */
    public Set<DependencyState> next() {
        Set<DependencyState> next = EnumSet.noneOf(DependencyState.class);
        for (DependencyAction action : DependencyAction.values()) {
            if (action.allowedFrom(this)) {
                next.add(action.target(this));
            }
        }
        return next;
    }

    public boolean canMoveTo(DependencyState target) {
        return next().contains(target);
    }

    /** Still waiting on the provider: requested or committed, not yet delivered, declined or withdrawn. */
    public boolean isOpen() {
        return this == REQUESTED || this == COMMITTED;
    }

    /** Counted nowhere: no gate, health roll-up, matrix or cycle. */
    public boolean isWithdrawn() {
        return this == WITHDRAWN;
    }
}
