package io.throughline.jira.web.rest;

import java.io.IOException;
import java.io.InputStream;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;

/**
 * Refuses bodies over 64 KiB (1 MiB for {@code POST /events}) with 413: a declared Content-Length before anything is parsed, and any
 * other body (chunked) as soon as reading passes the limit (see {@link BodyReadGuard}). A body
 * declared up to 1 MiB is read and thrown away first, so the client finishes sending and reliably
 * sees the 413 rather than a reset connection; anything larger is refused at once.
 */
@Provider
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter {

    /** What {@code POST /events} takes: a batch of up to 1,000 CDEvents in at most 1 MiB. */
    static final long EVENTS_BODY_BYTES = 1024L * 1024L;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = isEvents(request) ? EVENTS_BODY_BYTES : ErrorResponses.MAX_BODY_BYTES;
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && !declared.isBlank() && tooLarge(declared.strip(), limit)) {
            long size = Long.parseLong(declared.strip());
            if (size <= limit + DRAIN_LIMIT_BYTES) {
                drain(request.getEntityStream(), size);
            }
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
    }

    /** The events endpoint, whatever base path the host serves the API under. */
    private static boolean isEvents(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.equals("events") || trimmed.endsWith("/events");
    }

    private static final long DRAIN_LIMIT_BYTES = 1024L * 1024L;

    private static void drain(InputStream body, long size) {
        byte[] sink = new byte[8192];
        long left = size;
        try {
            int read;
            while (left > 0 && (read = body.read(sink, 0, (int) Math.min(sink.length, left))) != -1) {
                left -= read;
            }
        } catch (IOException e) {
            // the client went away; the refusal stands either way
        }
    }

    private static boolean tooLarge(String declared, long limit) {
        try {
            return Long.parseLong(declared) > limit;
        } catch (NumberFormatException e) {
            throw new WebApplicationException(Response.Status.BAD_REQUEST);
        }
    }
}
