package io.throughline.jira.web.rest;

import io.throughline.jira.web.json.ErrorJson;
import io.throughline.web.view.ViewText;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.inject.Inject;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (401 from us; 404, 405, 413, 415 … from the runtime) keep their status and
 * headers but get this API's error body instead of the runtime's text or HTML.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

    private final RequestContext context;

    @Inject
    public WebApplicationExceptionMapper(RequestContext context) {
        this.context = context;
    }

    @Override
    public Response toResponse(WebApplicationException refusal) {
        int status = refusal.getResponse().getStatus();
        if (status >= 500) {
            LOG.log(Level.SEVERE, "REST request failed with " + status, refusal);
        }
        String message = ViewText.forLocale(context.locale()).text(ErrorResponses.forStatus(status));
        return ErrorResponses.body(Response.fromResponse(refusal.getResponse()),
                List.of(new ErrorJson.Entry(null, message))).build();
    }
}
