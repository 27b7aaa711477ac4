package io.throughline.jira.rest;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.throughline.core.common.Message;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageMapping;
import io.throughline.core.initiative.StageMappingRepository;
import io.throughline.core.interaction.InteractionService;
import io.throughline.core.setting.SettingsService;
import io.throughline.jira.host.JiraText;
import io.throughline.jira.provision.Provisioner;
import io.throughline.jira.provision.ProvisioningReport;
import io.throughline.jira.web.json.EmptyRequest;
import io.throughline.jira.web.json.ErrorJson;
import io.throughline.jira.web.json.InteractionJson;
import io.throughline.jira.web.rest.InteractionAnswers;
import io.throughline.jira.web.rest.SettingsAnswers;
import io.throughline.web.view.ViewText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.inject.Inject;
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
 * Admin operations: re-run provisioning, read and change the status → stage mapping, the team
 * interaction modes and the app's settings.
 */
@Path("/admin")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final Logger LOG = Logger.getLogger(AdminResource.class.getName());

    /** Body of a mapping change; a null stage removes the override. */
    public record MappingChange(String statusName, String stage) {
    }

    /** The mapping as an admin sees it. */
    public record MappingView(Map<String, String> defaults, Map<String, String> overrides) {
    }

    private final Provisioner provisioner;
    private final StageMappingRepository mappings;
    private final JiraAuthenticationContext authentication;
    private final GlobalPermissionManager globalPermissions;
    private final InteractionService interactions;
    private final SettingsService settings;

    @Inject
    public AdminResource(Provisioner provisioner, StageMappingRepository mappings, InteractionService interactions,
                         SettingsService settings, JiraAuthenticationContext authentication,
                         GlobalPermissionManager globalPermissions) {
        this.provisioner = provisioner;
        this.mappings = mappings;
        this.interactions = interactions;
        this.settings = settings;
        this.authentication = authentication;
        this.globalPermissions = globalPermissions;
    }

    /** Takes {@code {}}: like every write of the API, provisioning is a JSON request (see {@code JsonWrites}). */
    @POST
    @Path("/provision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response provision(EmptyRequest body) {
        return adminOnly().orElseGet(() -> {
            if (body == null) {
                return badRequest(null, ViewText.forLocale(authentication.getLocale()).text(Message.of("throughline.web.error.body.required")));
            }
            try {
                ProvisioningReport report = provisioner.provision();
                return Response.ok(report).build();
            } catch (RuntimeException e) {
                // Jira refused part of the setup: say so to the admin (the reason is Jira's) instead of a bare 500.
                LOG.log(Level.SEVERE, "Throughline could not provision its issue type and fields", e);
                return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(ErrorJson.of(null,
                        text().plugin("throughline.jira.admin.provision-failed", String.valueOf(e.getMessage()))))
                        .build();
            }
        });
    }

    @GET
    @Path("/stage-mapping")
    public Response stageMapping() {
        return adminOnly().orElseGet(() -> Response.ok(view()).build());
    }

    @PUT
    @Path("/stage-mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeStageMapping(MappingChange change) {
        return adminOnly().orElseGet(() -> {
            if (change == null || change.statusName() == null || change.statusName().isBlank()) {
                return badRequest("statusName", text().plugin("throughline.jira.admin.status-required"));
            }
            Optional<Stage> stage;
            try {
                stage = Optional.ofNullable(change.stage()).map(s -> Stage.valueOf(s.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return badRequest("stage", text().plugin("throughline.jira.admin.stage-unknown", List.of(Stage.values()).toString()));
            }
            mappings.put(change.statusName(), stage);
            return Response.ok(view()).build();
        });
    }

    /** Every declared team pair with its mode and acknowledgement SLA; the table's version is the ETag. */
    @GET
    @Path("/interactions")
    public Response interactions() {
        return adminOnly().orElseGet(() -> InteractionAnswers.read(interactions));
    }

    /** Replaces the whole table (see {@link InteractionAnswers}); {@code If-Match} names the version replaced. */
    @PUT
    @Path("/interactions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replaceInteractions(List<InteractionJson> pairs, @HeaderParam("If-Match") String ifMatch) {
        return adminOnly().orElseGet(() -> InteractionAnswers.replace(interactions, pairs, ifMatch));
    }

    /** The app's settings (event-source group, production pattern) with their defaults; the version is the ETag. */
    @GET
    @Path("/settings")
    public Response settings() {
        return adminOnly().orElseGet(() -> SettingsAnswers.read(settings, ViewText.forLocale(authentication.getLocale())));
    }

    /** Changes the settings the body names ({@code null} resets one); {@code If-Match} names the version changed. */
    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeSettings(Map<String, Object> body, @HeaderParam("If-Match") String ifMatch) {
        return adminOnly().orElseGet(() -> SettingsAnswers.change(settings, body, ifMatch,
                ViewText.forLocale(authentication.getLocale())));
    }

    private MappingView view() {
        Map<String, String> defaults = new TreeMap<>();
        StageMapping.defaultsByStatusName().forEach((status, stage) -> defaults.put(status, stage.name()));
        Map<String, String> overrides = new TreeMap<>();
        mappings.overrides().forEach((status, stage) -> overrides.put(status, stage.name()));
        return new MappingView(defaults, overrides);
    }

    /** REST v2 checks {@link AdminOnly}; this repeats the check so a misregistration cannot open the door. */
    private Optional<Response> adminOnly() {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            return Optional.of(Response.status(Response.Status.UNAUTHORIZED).entity(ErrorJson.of(null,
                    ViewText.forLocale(authentication.getLocale()).text(Message.of("throughline.web.error.unauthenticated"))))
                    .build());
        }
        if (globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)) {
            return Optional.empty();
        }
        return Optional.of(Response.status(Response.Status.FORBIDDEN)
                .entity(ErrorJson.of(null, text().plugin("throughline.jira.admin.only"))).build());
    }

    private JiraText text() {
        return new JiraText(authentication.getLocale());
    }

    private static Response badRequest(String field, String message) {
        return Response.status(Response.Status.BAD_REQUEST).entity(ErrorJson.of(field, message)).build();
    }
}
