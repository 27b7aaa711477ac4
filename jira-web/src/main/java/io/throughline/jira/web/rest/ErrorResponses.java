package io.throughline.jira.web.rest;

import io.throughline.core.common.Message;
import io.throughline.jira.web.json.ErrorJson;
import java.util.List;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** The one error shape of this API, and the message each HTTP status gets when nothing more is known. */
final class ErrorResponses {

    /** The request body limit: 64 KiB. */
    static final int MAX_BODY_KIB = 64;
    static final long MAX_BODY_BYTES = MAX_BODY_KIB * 1024L;

    private ErrorResponses() {
    }

    static Response.ResponseBuilder body(Response.ResponseBuilder response, List<ErrorJson.Entry> errors) {
        return response.type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorJson(errors));
    }

    static Message forStatus(int status) {
        return switch (status) {
            case 400 -> Message.of("throughline.web.error.bad-request");
            case 401 -> Message.of("throughline.web.error.unauthenticated");
            case 403 -> Message.of("throughline.web.error.forbidden");
            case 404 -> Message.of("throughline.web.error.not-found");
            case 405 -> Message.of("throughline.web.error.method-not-allowed");
            case 406 -> Message.of("throughline.web.error.not-acceptable");
            case 413 -> Message.of("throughline.web.error.too-large", MAX_BODY_KIB);
            case 415 -> Message.of("throughline.web.error.unsupported-media-type");
            default -> status >= 500
                    ? Message.of("throughline.web.error.internal")
                    : Message.of("throughline.web.error.other", status);
        };
    }
}
