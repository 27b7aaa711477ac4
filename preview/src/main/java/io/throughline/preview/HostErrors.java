package io.throughline.preview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * The error body Jira's own REST API answers with ({@code {"errorMessages":[...],"errors":{"field":"..."}}}),
 * for the preview's stand-ins for Jira's endpoints: general problems in the list, field problems by field id.
 */
record HostErrors(List<String> errorMessages, Map<String, String> errors) {

    HostErrors {
        errorMessages = List.copyOf(errorMessages);
        errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    static HostErrors message(String message) {
        return new HostErrors(List.of(message), Map.of());
    }

    boolean any() {
        return !errorMessages.isEmpty() || !errors.isEmpty();
    }

    Response response(Response.Status status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(this).build();
    }
}
