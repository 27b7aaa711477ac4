package io.throughline.jira.web.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.ext.Provider;

/**
 * Every answer of this API is computed for the person asking (what they may see, in their
 * language), so no shared cache may keep it and no browser may store it: {@code Cache-Control:
 * private, no-store} unless a resource said otherwise, and {@code nosniff} so JSON is never read as
 * a script or a page.
 */
@Provider
public class PrivateResponses implements ContainerResponseFilter {

    static final String PRIVATE = "private, no-store";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PRIVATE);
        }
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    }
}
