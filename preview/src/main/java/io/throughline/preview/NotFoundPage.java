package io.throughline.preview;

import io.throughline.jira.web.rest.RequestContext;
import io.throughline.jira.web.rest.WebApplicationExceptionMapper;
import java.util.List;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * An unknown address: a person's browser gets a page that says so and links back; an API client
 * (a REST path, or a request that does not accept HTML) gets the API's JSON error as before.
 */
@Provider
final class NotFoundPage implements ExceptionMapper<NotFoundException> {

    private final PreviewHost host;
    private final WebApplicationExceptionMapper api;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    NotFoundPage(PreviewHost host, RequestContext context) {
        this.host = host;
        this.api = new WebApplicationExceptionMapper(context);
    }

    @Override
    public Response toResponse(NotFoundException missing) {
        String path = "/" + uri.getPath(false);
        if (path.startsWith("/rest/") || !wantsHtml(headers.getAcceptableMediaTypes())) {
            return api.toResponse(missing);
        }
        return response(host, "/", host.text().html("throughline.preview.not-found", path));
    }

    /** The 404 page with a message (escaped HTML) and the way back to the portfolio. */
    static Response response(PreviewHost host, String returnPath, String messageHtml) {
        return MessagePage.response(host, Response.Status.NOT_FOUND, host.viewer(), "throughline.preview.not-found.heading",
                MessagePage.Tone.WARNING, "not-found", messageHtml, returnPath);
    }

    /** A browser lists text/html before (or instead of) JSON; curl's and the API clients' wildcard is not HTML. */
    static boolean wantsHtml(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardSubtype()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
