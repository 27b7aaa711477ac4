package io.throughline.preview;

import io.throughline.core.common.Clock;
import io.throughline.core.common.UserRef;
import io.throughline.jira.web.rest.PerRequestContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;

/**
 * Who the preview is acting as: the user named by the {@value #HEADER} header, else by the
 * {@value #COOKIE} cookie (set by the page's "act as" switch), else the demo portfolio's product-ops
 * lead. A name that is not a demo user means nobody, so the API answers 401.
 * An HTTP Basic {@code Authorization} header (what scripts written for Jira send) names the user
 * before all of those; the preview has no passwords, so it accepts any password: preview only.
 */
@PreMatching
@Priority(1)
final class PreviewIdentity extends PerRequestContext {

    static final String HEADER = "X-Throughline-User";
    static final String COOKIE = "throughline-user";
    static final String DEFAULT_USER = "ops.lead";
    static final String BASIC = "Basic ";

    private final PreviewDirectory directory;

    PreviewIdentity(PreviewDirectory directory, Clock clock) {
        super(clock);
        this.directory = directory;
    }

    @Override
    protected Optional<UserRef> caller(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basicUser(authorization.substring(BASIC.length())).flatMap(directory::person)
                    .map(person -> UserRef.of(person.key()));
        }
        return resolve(request.getHeaderString(HEADER), request.getCookies().get(COOKIE));
    }

    /** The acting user for a header value and a cookie, either possibly absent. */
    Optional<UserRef> resolve(String header, Cookie cookie) {
        String chosen = header != null && !header.isBlank() ? header.strip()
                : cookie != null && !cookie.getValue().isBlank() ? cookie.getValue().strip()
                : DEFAULT_USER;
        return directory.person(chosen).map(person -> UserRef.of(person.key()));
    }

    /** The user name in HTTP Basic credentials (base64 of {@code name:password}); the password is not checked. */
    static Optional<String> basicUser(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials.strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 ? Optional.of(decoded.substring(0, colon)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
