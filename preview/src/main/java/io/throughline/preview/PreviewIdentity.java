package io.throughline.preview;

import io.throughline.core.common.Clock;
import io.throughline.core.common.UserRef;
import io.throughline.web.rest.RequestContext;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;

/**
 * Who the preview is acting as: the user named by the {@value #HEADER} header, else by the
 * {@value #COOKIE} cookie (set by the page's "act as" switch), else the demo portfolio's product-ops
 * lead. A name that is not a demo user means nobody, so the API answers 401.
 */
@PreMatching
@Priority(1)
final class PreviewIdentity implements RequestContext, ContainerRequestFilter, ContainerResponseFilter {

    static final String HEADER = "X-Throughline-User";
    static final String COOKIE = "throughline-user";
    static final String DEFAULT_USER = "ops.lead";

    private final PreviewDirectory directory;
    private final Clock clock;
    private final ThreadLocal<UserRef> user = new ThreadLocal<>();
    private final ThreadLocal<Locale> locale = new ThreadLocal<>();

    PreviewIdentity(PreviewDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Optional<UserRef> currentUser() {
        return Optional.ofNullable(user.get());
    }

    @Override
    public Locale locale() {
        Locale current = locale.get();
        return current == null ? Locale.ENGLISH : current;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        user.set(resolve(request.getHeaderString(HEADER), request.getCookies().get(COOKIE)).orElse(null));
        String languages = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        locale.set(languages == null || languages.isBlank()
                ? null : Locale.forLanguageTag(languages.split(",")[0].split(";")[0].strip()));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        user.remove();
        locale.remove();
    }

    /** The acting user for a header value and a cookie, either possibly absent. */
    Optional<UserRef> resolve(String header, Cookie cookie) {
        String chosen = header != null && !header.isBlank() ? header.strip()
                : cookie != null && !cookie.getValue().isBlank() ? cookie.getValue().strip()
                : DEFAULT_USER;
        return directory.person(chosen).map(person -> UserRef.of(person.key()));
    }
}
