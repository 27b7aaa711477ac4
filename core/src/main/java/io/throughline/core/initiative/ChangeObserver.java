package io.throughline.core.initiative;

import io.throughline.core.common.UserRef;
import java.time.Instant;
import java.util.Optional;

/**
 * Told of every change the initiative service records (a creation, a host edit, a stage move), inside
 * the same transaction, with the initiative before (empty for a new one) and after. Features that
 * keep their own record of an initiative's changes (its contract) listen here.
 */
@FunctionalInterface
public interface ChangeObserver {

    /** An observer that keeps nothing. */
    ChangeObserver NONE = (actor, before, after, at) -> { };

    void recorded(UserRef actor, Optional<Initiative> before, Initiative after, Instant at);
}
