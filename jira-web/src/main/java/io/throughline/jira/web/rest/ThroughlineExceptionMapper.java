package io.throughline.jira.web.rest;

import io.throughline.core.common.ThroughlineException;
import io.throughline.jira.web.json.ErrorJson;
import io.throughline.web.view.ViewText;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** The core's refusals as HTTP: invalid input 400 (one entry per field), not found 404, forbidden 403, conflict 409. */
@Provider
public class ThroughlineExceptionMapper implements ExceptionMapper<ThroughlineException> {

    private final RequestContext context;

    @Inject
    public ThroughlineExceptionMapper(RequestContext context) {
        this.context = context;
    }

    @Override
    public Response toResponse(ThroughlineException refusal) {
        ViewText messages = ViewText.forLocale(context.locale());
        List<ErrorJson.Entry> errors = refusal instanceof ThroughlineException.InvalidInput invalid
                ? invalid.errors().stream()
                        .map(error -> new ErrorJson.Entry(error.field().isEmpty() ? null : error.field(),
                                messages.text(error.message())))
                        .toList()
                : List.of(new ErrorJson.Entry(null, messages.text(refusal.problem())));
        return ErrorResponses.body(Response.status(status(refusal)), errors).build();
    }

    private static Response.Status status(ThroughlineException refusal) {
        if (refusal instanceof ThroughlineException.InvalidInput) {
            return Response.Status.BAD_REQUEST;
        }
        if (refusal instanceof ThroughlineException.NotFound) {
            return Response.Status.NOT_FOUND;
        }
        if (refusal instanceof ThroughlineException.Forbidden) {
            return Response.Status.FORBIDDEN;
        }
        return Response.Status.CONFLICT;
    }
}
