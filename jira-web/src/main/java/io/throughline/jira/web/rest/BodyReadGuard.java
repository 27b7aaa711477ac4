package io.throughline.jira.web.rest;

import io.throughline.core.common.ThroughlineException;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.ws.rs.BadRequestException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;

/**
 * Turns any failure to read a request body into 400 (malformed JSON, wrong JSON types; naming the
 * field or the place where it can) or 413 (over the limit) before a JSON library's own exception
 * mapper could echo its internals.
 */
@Provider
public class BodyReadGuard implements ReaderInterceptor {

    private static final Logger LOG = Logger.getLogger(BodyReadGuard.class.getName());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext reading) throws IOException {
        try {
            return reading.proceed();
        } catch (WebApplicationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (causedByTooLarge(e)) {
                throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
            }
            LOG.log(Level.FINE, "Unreadable request body", e);
            throw BodyProblem.of(e).<RuntimeException>map(ThroughlineException.InvalidInput::new)
                    .orElseGet(BadRequestException::new);
        }
    }

    private static boolean causedByTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitedInputStream.TooLarge) {
                return true;
            }
        }
        return false;
    }
}
