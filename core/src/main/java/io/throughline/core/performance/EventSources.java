package io.throughline.core.performance;

import io.throughline.core.common.UserRef;

/** Port: who may post delivery events (the host's administrators and its event-source group). */
public interface EventSources {

    /** Nobody may post. */
    EventSources NOBODY = user -> false;

    boolean mayPost(UserRef user);
}
