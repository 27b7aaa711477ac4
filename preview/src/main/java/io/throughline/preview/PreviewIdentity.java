package io.throughline.preview;

import io.throughline.core.common.Clock;
import io.throughline.core.common.UserRef;
import io.throughline.jira.web.rest.PerRequestContext;
import java.util.Optional;
import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Cookie;

/**
 * Who the preview is acting as: the user named by the {@value #HEADER} header, else by the
 * {@value #COOKIE} cookie (set by the page's "act as" switch), else the demo portfolio's product-ops
 * lead. A name that is not a demo user means nobody, so the API answers 401.
 */
@PreMatching
@Priority(1)
final class PreviewIdentity extends PerRequestContext {

    static final String HEADER = "X-Throughline-User";
    static final String COOKIE = "throughline-user";
    static final String DEFAULT_USER = "ops.lead";

    private final PreviewDirectory directory;

    PreviewIdentity(PreviewDirectory directory, Clock clock) {
        super(clock);
        this.directory = directory;
    }

    @Override
    protected Optional<UserRef> caller(ContainerRequestContext request) {
        return resolve(request.getHeaderString(HEADER), request.getCookies().get(COOKIE));
    }

    /** The acting user for a header value and a cookie, either possibly absent. */
    Optional<UserRef> resolve(String header, Cookie cookie) {
        String chosen = header != null && !header.isBlank() ? header.strip()
                : cookie != null && !cookie.getValue().isBlank() ? cookie.getValue().strip()
                : DEFAULT_USER;
        return directory.person(chosen).map(person -> UserRef.of(person.key()));
    }
}
