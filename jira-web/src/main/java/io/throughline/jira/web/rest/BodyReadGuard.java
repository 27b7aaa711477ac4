package io.throughline.jira.web.rest;

import io.throughline.core.common.FieldError;
import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.jira.web.json.NumberAccepted;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.ws.rs.BadRequestException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.Provider;
import javax.ws.rs.ext.Providers;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;

/**
 * Turns any failure to read a request body into 400 (malformed JSON, wrong JSON types; naming the
 * field or the place where it can) or 413 (over the limit) before a JSON library's own exception
 * mapper could echo its internals. A number or boolean sent for a text field of a request record
 * is refused as well (JSON libraries turn {@code 1} into {@code "1"} silently), except where the
 * field is {@link NumberAccepted}.
 */
@Provider
public class BodyReadGuard implements ReaderInterceptor {

    private static final Logger LOG = Logger.getLogger(BodyReadGuard.class.getName());
    private static final Annotation[] NONE = new Annotation[0];

    /** The host's JSON binding, to read a body's top level as it was typed. */
    @Context
    private Providers providers;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext reading) throws IOException {
        try {
            refuseScalarsForText(reading);
            return reading.proceed();
        } catch (WebApplicationException | ThroughlineException.InvalidInput e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refusal(e);
        }
    }

    /** What a failed body read becomes: 413 over the limit, else 400 saying what it can of the problem. */
    static RuntimeException refusal(Exception failure) {
        if (failure instanceof WebApplicationException || failure instanceof ThroughlineException.InvalidInput) {
            return (RuntimeException) failure;
        }
        if (causedByTooLarge(failure)) {
            return new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        LOG.log(Level.FINE, "Unreadable request body", failure);
        return BodyProblem.of(failure).<RuntimeException>map(ThroughlineException.InvalidInput::new)
                .orElseGet(BadRequestException::new);
    }

    private static boolean causedByTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitedInputStream.TooLarge) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the body once as a map (the host's JSON provider, so the same library Jira uses) and
     * names every text field of the target record that holds a number or a boolean. A body that
     * cannot be read as a map is left to the real read, which says what is wrong with it.
     */
    private void refuseScalarsForText(ReaderInterceptorContext reading) throws IOException {
        Class<?> type = reading.getType();
        if (providers == null || !type.isRecord()) {
            return;
        }
        byte[] body = reading.getInputStream().readAllBytes();
        reading.setInputStream(new ByteArrayInputStream(body));
        @SuppressWarnings("rawtypes")
        MessageBodyReader<Map> json = providers.getMessageBodyReader(Map.class, Map.class, NONE, reading.getMediaType());
        if (json == null || body.length == 0) {
            return;
        }
        Map<?, ?> fields;
        try {
            fields = json.readFrom(Map.class, Map.class, NONE, reading.getMediaType(), reading.getHeaders(),
                    new ByteArrayInputStream(body));
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (fields == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (RecordComponent field : type.getRecordComponents()) {
            Object value = fields.get(field.getName());
            if (field.getType() == String.class && (value instanceof Number || value instanceof Boolean)
                    && !field.isAnnotationPresent(NumberAccepted.class)) {
                errors.add(new FieldError(field.getName(), Message.of("throughline.web.error.body.not-text",
                        BodyProblem.label(field.getName()), field.getName(), String.valueOf(value))));
            }
        }
        if (!errors.isEmpty()) {
            throw new ThroughlineException.InvalidInput(errors);
        }
    }
}
