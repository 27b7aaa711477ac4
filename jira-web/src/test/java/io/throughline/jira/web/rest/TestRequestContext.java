package io.throughline.jira.web.rest;

import io.throughline.core.common.Clock;
import io.throughline.core.common.UserRef;
import java.util.Optional;
import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.PreMatching;

/** The tests' host: the caller is whoever the {@value #USER_HEADER} header names. */
@PreMatching
@Priority(1)
final class TestRequestContext extends PerRequestContext {

    static final String USER_HEADER = "X-Test-User";

    TestRequestContext(Clock clock) {
        super(clock);
    }

    @Override
    protected Optional<UserRef> caller(ContainerRequestContext request) {
        String name = request.getHeaderString(USER_HEADER);
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(UserRef.of(name));
    }
}
