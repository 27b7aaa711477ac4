package io.throughline.preview;

import io.throughline.jira.web.json.EmptyRequest;
import io.throughline.jira.web.json.ErrorJson;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * The Jira app's {@code POST /admin/provision} in the preview, which has nothing to provision: it
 * answers an admin with the Jira app's report shape, everything already there; anyone else 403.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public final class PreviewAdminResource {

    /** The Jira app's {@code ProvisioningReport}: what a run created and what it found already there. */
    public record ProvisioningReport(List<String> created, List<String> existing) {
    }

    static final List<String> EVERYTHING = List.of("issue type Initiative", "field Initiative owner",
            "field Success metric", "field Evidence horizon", "link type Throughline delivery");

    private final PreviewIdentity identity;
    private final PreviewDirectory directory;

    PreviewAdminResource(PreviewIdentity identity, PreviewDirectory directory) {
        this.identity = identity;
        this.directory = directory;
    }

    @POST
    @Path("/provision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response provision(EmptyRequest body) {
        PreviewText text = new PreviewText(identity.locale());
        if (identity.currentUser().isEmpty()) {
            return refusal(Response.Status.UNAUTHORIZED, text.text("throughline.web.error.unauthenticated"));
        }
        if (body == null) {
            return refusal(Response.Status.BAD_REQUEST, text.text("throughline.web.error.body.required"));
        }
        boolean admin = identity.currentUser().flatMap(user -> directory.person(user.key()))
                .map(PreviewDirectory.Person::admin).orElse(false);
        if (!admin) {
            return refusal(Response.Status.FORBIDDEN, text.text("throughline.preview.admin.only"));
        }
        return Response.ok(new ProvisioningReport(List.of(), EVERYTHING)).build();
    }

    private static Response refusal(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(ErrorJson.of(null, message)).build();
    }
}
