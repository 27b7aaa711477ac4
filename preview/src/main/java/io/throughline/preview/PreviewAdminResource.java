package io.throughline.preview;

import io.throughline.core.interaction.InteractionService;
import io.throughline.core.setting.SettingsService;
import io.throughline.jira.web.json.EmptyRequest;
import io.throughline.jira.web.json.ErrorJson;
import io.throughline.jira.web.json.InteractionJson;
import io.throughline.jira.web.rest.InteractionAnswers;
import io.throughline.jira.web.rest.SettingsAnswers;
import io.throughline.web.view.ViewText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * The Jira app's admin REST in the preview: {@code POST /admin/provision}, which has nothing to
 * provision (it answers an admin with the Jira app's report shape, everything already there), and
 * {@code GET|PUT /admin/interactions} and {@code GET|PUT /admin/settings}, answered as Jira's
 * {@code AdminResource} does. Anonymous
 * callers get 401, people who are not administrators 403.
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
    private final InteractionService interactions;
    private final SettingsService settings;

    PreviewAdminResource(PreviewIdentity identity, PreviewDirectory directory, InteractionService interactions,
                         SettingsService settings) {
        this.identity = identity;
        this.directory = directory;
        this.interactions = interactions;
        this.settings = settings;
    }

    @GET
    @Path("/settings")
    public Response settings() {
        return adminOnly().orElseGet(() -> SettingsAnswers.read(settings, ViewText.forLocale(identity.locale())));
    }

    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeSettings(Map<String, Object> body, @HeaderParam("If-Match") String ifMatch) {
        return adminOnly().orElseGet(() -> SettingsAnswers.change(settings, body, ifMatch,
                ViewText.forLocale(identity.locale())));
    }

    @GET
    @Path("/interactions")
    public Response interactions() {
        return adminOnly().orElseGet(() -> InteractionAnswers.read(interactions));
    }

    @PUT
    @Path("/interactions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replaceInteractions(List<InteractionJson> pairs, @HeaderParam("If-Match") String ifMatch) {
        return adminOnly().orElseGet(() -> InteractionAnswers.replace(interactions, pairs, ifMatch));
    }

    private Optional<Response> adminOnly() {
        PreviewText text = new PreviewText(identity.locale());
        if (identity.currentUser().isEmpty()) {
            return Optional.of(refusal(Response.Status.UNAUTHORIZED, text.text("throughline.web.error.unauthenticated")));
        }
        if (!isAdmin()) {
            return Optional.of(refusal(Response.Status.FORBIDDEN, text.text("throughline.preview.admin.only")));
        }
        return Optional.empty();
    }

    private boolean isAdmin() {
        return identity.currentUser().flatMap(user -> directory.person(user.key()))
                .map(PreviewDirectory.Person::admin).orElse(false);
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
        if (!isAdmin()) {
            return refusal(Response.Status.FORBIDDEN, text.text("throughline.preview.admin.only"));
        }
        return Response.ok(new ProvisioningReport(List.of(), EVERYTHING)).build();
    }

    private static Response refusal(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(ErrorJson.of(null, message)).build();
    }
}
