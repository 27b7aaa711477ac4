package io.throughline.core.dependency;

import java.util.EnumSet;
import java.util.Set;

/** What someone can do to a dependency, which side does it, and from which states. */
public enum DependencyAction {
    COMMIT(Side.PROVIDER, EnumSet.of(DependencyState.REQUESTED), DependencyState.COMMITTED),
    DECLINE(Side.PROVIDER, EnumSet.of(DependencyState.REQUESTED), DependencyState.DECLINED),
    DELIVER(Side.PROVIDER, EnumSet.of(DependencyState.COMMITTED), DependencyState.DELIVERED),
    REVISE(Side.PROVIDER, EnumSet.of(DependencyState.COMMITTED), DependencyState.COMMITTED),
    WITHDRAW(Side.CONSUMER, EnumSet.of(DependencyState.REQUESTED, DependencyState.COMMITTED, DependencyState.DECLINED),
            DependencyState.WITHDRAWN),
    REOPEN(Side.CONSUMER, EnumSet.of(DependencyState.DECLINED), DependencyState.REQUESTED);

    /** The consumer initiative's editors ask and take back; the providing team answers. */
    public enum Side { CONSUMER, PROVIDER }

    private final Side side;
    private final Set<DependencyState> from;
    private final DependencyState to;

    DependencyAction(Side side, Set<DependencyState> from, DependencyState to) {
        this.side = side;
        this.from = from;
        this.to = to;
    }

    public Side side() {
        return side;
    }

    public boolean allowedFrom(DependencyState state) {
        return from.contains(state);
    }

    /** The state the action leads to from {@code state}. */
    public DependencyState target(DependencyState state) {
        if (!allowedFrom(state)) {
            throw new IllegalArgumentException(this + " is not possible from " + state);
        }
        return to;
    }

    /** Does this action carry a reason (decline, revise, withdraw)? */
    public boolean takesReason() {
        return this == DECLINE || this == REVISE || this == WITHDRAW;
    }

    /** The action a change from {@code from} to {@code to} is, if any. */
    public static java.util.Optional<DependencyAction> of(DependencyState from, DependencyState to) {
        for (DependencyAction action : values()) {
            if (action.allowedFrom(from) && action.to == to) {
                return java.util.Optional.of(action);
            }
        }
        return java.util.Optional.empty();
    }

    /** The actions possible from {@code state}, in declaration order. */
    public static Set<DependencyAction> from(DependencyState state) {
        Set<DependencyAction> possible = EnumSet.noneOf(DependencyAction.class);
        for (DependencyAction action : values()) {
            if (action.allowedFrom(state)) {
                possible.add(action);
            }
        }
        return possible;
    }
}
