package io.throughline.jira.web.rest;

import io.throughline.jira.web.json.ErrorJson;
import io.throughline.web.view.ViewText;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** Anything else is our fault: 500 with a generic message; the details go to the log, never to the caller. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    private final RequestContext context;

    @Inject
    public UnexpectedExceptionMapper(RequestContext context) {
        this.context = context;
    }

    @Override
    public Response toResponse(Throwable failure) {
        LOG.log(Level.SEVERE, "Unexpected failure serving a Throughline REST request", failure);
        String message = ViewText.forLocale(context.locale()).text(ErrorResponses.forStatus(500));
        return ErrorResponses.body(Response.serverError(), List.of(new ErrorJson.Entry(null, message))).build();
    }
}
