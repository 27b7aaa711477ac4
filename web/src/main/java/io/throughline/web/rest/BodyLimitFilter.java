package io.throughline.web.rest;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;

/**
 * Refuses bodies over 64 KiB with 413: a declared Content-Length before anything is read, and any
 * other body (chunked) as soon as reading passes the limit (see {@link BodyReadGuard}).
 */
@Provider
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && !declared.isBlank() && tooLarge(declared.strip())) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), ErrorResponses.MAX_BODY_BYTES));
    }

    private static boolean tooLarge(String declared) {
        try {
            return Long.parseLong(declared) > ErrorResponses.MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            throw new WebApplicationException(Response.Status.BAD_REQUEST);
        }
    }
}
