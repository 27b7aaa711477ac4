package io.throughline.core.initiative;

import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;

/** The conflicts of {@link InitiativeRepository}'s racing writes, worded once for the core and every store. */
public final class InitiativeConflicts {

    private InitiativeConflicts() {
    }

    /** A create lost: the key is taken. */
    public static ThroughlineException.Conflict exists(InitiativeKey key) {
        return new ThroughlineException.Conflict(Message.of("throughline.initiative.exists", key.value()));
    }

    /** A move or edit lost: someone else changed the initiative after the caller read it. */
    public static ThroughlineException.Conflict changedMeanwhile(InitiativeKey key) {
        return new ThroughlineException.Conflict(Message.of("throughline.initiative.changed-meanwhile", key.value()));
    }
}
