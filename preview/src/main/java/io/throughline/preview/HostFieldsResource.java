package io.throughline.preview;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** Stand-in for Jira's {@code GET /rest/api/2/field}: the fields a provisioned Jira has, Throughline's among them. */
@Path("/rest/api/2/field")
@Produces(MediaType.APPLICATION_JSON)
public final class HostFieldsResource {

    @GET
    public List<PreviewFields.Field> fields() {
        return PreviewFields.all();
    }
}
