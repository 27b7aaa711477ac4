package io.throughline.web.rest;

import io.throughline.core.common.Clock;
import io.throughline.core.common.UserRef;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

/**
 * The tests' host: the caller is whoever the {@value #USER_HEADER} header names, the language is
 * the first of Accept-Language. A filter that runs before every other one sets both per thread.
 */
@PreMatching
@Priority(1)
final class TestRequestContext implements RequestContext, ContainerRequestFilter, ContainerResponseFilter {

    static final String USER_HEADER = "X-Test-User";

    private final ThreadLocal<UserRef> user = new ThreadLocal<>();
    private final ThreadLocal<Locale> locale = new ThreadLocal<>();
    private final Clock clock;

    TestRequestContext(Clock clock) {
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
        String name = request.getHeaderString(USER_HEADER);
        user.set(name == null || name.isBlank() ? null : UserRef.of(name));
        String languages = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        locale.set(languages == null || languages.isBlank()
                ? null : Locale.forLanguageTag(languages.split(",")[0].split(";")[0].strip()));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        user.remove();
        locale.remove();
    }
}
