package io.throughline.core.performance;

import io.throughline.core.common.UserRef;

/** Port: who may post delivery events: the host's administrators and the members of the event-source group. */
public interface EventSources {

    /** Nobody may post. */
    EventSources NOBODY = (user, group) -> false;

    /**
     * Whether {@code user} is an administrator of the host or a member of {@code group} (the app's
     * event-source group setting, compared as the host compares group names).
     */
    boolean mayPost(UserRef user, String group);
}
