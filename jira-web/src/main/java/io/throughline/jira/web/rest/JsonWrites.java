package io.throughline.jira.web.rest;

import java.util.Locale;
import java.util.Set;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;

/**
 * Every request that may change something must say it carries JSON ({@code application/json} or a
 * {@code +json} type), or it is refused with 415 before the resource method runs (after matching,
 * so an address that does not exist or does not take the method still answers 404 or 405). A browser sends a
 * JSON content type to another origin only after a CORS preflight that this API never answers, so
 * a page elsewhere cannot make a signed-in visitor's browser write here: not with a form, not with
 * a bodyless {@code fetch}, whatever the resource's {@code @Consumes} says about a missing type.
 * Jira's own XSRF check runs as well; this holds in any host, the preview included.
 */
@Provider
public class JsonWrites implements ContainerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!READS.contains(request.getMethod().toUpperCase(Locale.ROOT)) && !isJson(request.getMediaType())) {
            throw new WebApplicationException(Response.Status.UNSUPPORTED_MEDIA_TYPE);
        }
    }

    /** {@code application/json} or {@code application/…+json}, with any parameters. */
    public static boolean isJson(MediaType type) {
        if (type == null || !"application".equalsIgnoreCase(type.getType())) {
            return false;
        }
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return subtype.equals("json") || subtype.endsWith("+json");
    }
}
