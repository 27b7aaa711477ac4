package io.throughline.jira.web.rest;

import io.throughline.core.common.Clock;
import io.throughline.core.common.UserRef;
import java.util.Locale;
import java.util.Optional;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;

/**
 * A {@link RequestContext} for hosts that serve the API with their own Jersey (the preview, tests):
 * a filter registered before every other one reads the caller and language from each request and
 * holds them for the thread serving it. Subclasses say how a request names its caller.
 */
public abstract class PerRequestContext implements RequestContext, ContainerRequestFilter, ContainerResponseFilter {

    private final Clock clock;
    private final ThreadLocal<UserRef> user = new ThreadLocal<>();
    private final ThreadLocal<Locale> locale = new ThreadLocal<>();

    protected PerRequestContext(Clock clock) {
        this.clock = clock;
    }

    /** The caller the request names, if it names a known one. */
    protected abstract Optional<UserRef> caller(ContainerRequestContext request);

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
        user.set(caller(request).orElse(null));
        String languages = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        locale.set(preferred(languages).orElse(null));
    }

    /**
     * The caller's first language from an {@code Accept-Language} header, read as RFC 4647 ranges
     * by weight; a header that does not parse (",", ";", garbage) or names only "*" means none, so
     * the default locale applies rather than the request failing.
     */
    static Optional<Locale> preferred(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .filter(range -> range.getWeight() > 0 && !range.getRange().startsWith("*"))
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .filter(candidate -> !candidate.getLanguage().isEmpty())
                    .findFirst();
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        user.remove();
        locale.remove();
    }
}
