package io.throughline.jira.web.rest;

import io.throughline.core.common.Clock;
import io.throughline.core.common.UserRef;
import java.util.Locale;
import java.util.Optional;

/**
 * Port: what the host knows about the request being served (Jira: the authentication context).
 * The clock must be the one the core's {@code Ports} were built with, so that ages shown next to
 * a health agree with the day the health was judged on.
 */
public interface RequestContext {

    /** The signed-in user; empty for an anonymous caller, who gets 401. */
    Optional<UserRef> currentUser();

    /** The language messages are rendered in. */
    Locale locale();

    /** The core's clock, for day counts the core does not compute itself (dependency age). */
    Clock clock();
}
