package io.throughline.preview;

import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageMappingRepository;
import io.throughline.core.setup.ScreenFix;
import io.throughline.core.setup.SetupService;
import io.throughline.jira.web.setup.SetupPage;
import io.throughline.web.view.ViewText;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * The admins' setup check, as Jira's administration shows it, over the preview's stand-in setup:
 * for the demo's administrators only; the fix is a form posted from this page (checked by Origin).
 */
@Path("/admin/setup")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class SetupResource {

    static final String PATH = "/admin/setup";
    /** The preview keeps no stage-mapping overrides: its statuses are its stages. */
    private static final StageMappingRepository NO_OVERRIDES = new StageMappingRepository() {
        @Override
        public Map<String, Stage> overrides() {
            return Map.of();
        }

        @Override
        public void put(String statusName, Optional<Stage> stage) {
            throw new UnsupportedOperationException("the preview's stage mapping is fixed");
        }
    };

    private final PreviewHost host;
    private final SetupService setup;

    SetupResource(PreviewHost host) {
        this.host = host;
        this.setup = new SetupService(new PreviewSetup(host.initiatives()), NO_OVERRIDES, PreviewSetup.ISSUE_TYPE);
    }

    @GET
    public Response page() {
        return respond(Optional.empty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response fix() {
        if (!isAdmin(host.viewer())) {
            return forbidden();
        }
        return respond(Optional.of(setup.addMissingFieldsToScreens()));
    }

    private Response respond(Optional<ScreenFix> fix) {
        UserRef viewer = host.viewer();
        if (!isAdmin(viewer)) {
            return forbidden();
        }
        SetupPage page = new SetupPage(ViewText.forLocale(host.locale()));
        String body = page.body(setup.report(), fix, PATH, Optional.empty());
        return Response.ok(host.shell().page(host.text(), viewer, page.title(), PATH, body)).build();
    }

    private Response forbidden() {
        return MessagePage.response(host, Response.Status.FORBIDDEN, host.viewer(), "throughline.preview.nav.setup",
                MessagePage.Tone.ERROR, "setup-forbidden", host.text().html("throughline.preview.setup.admins-only"), PATH);
    }

    private boolean isAdmin(UserRef viewer) {
        return host.directory().person(viewer.key()).map(PreviewDirectory.Person::admin).orElse(false);
    }
}
