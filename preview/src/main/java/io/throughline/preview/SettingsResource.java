package io.throughline.preview;

import io.throughline.core.common.UserRef;
import io.throughline.jira.web.setup.SettingsPage;
import io.throughline.web.view.ViewText;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * The app's settings, as Jira's administration shows them: for the demo's administrators only. The
 * page's script saves through the REST API ({@code PUT /admin/settings}), as JSON from this origin,
 * which {@link CrossSiteWrites} lets through and nothing else may send.
 */
@Path("/admin/settings")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class SettingsResource {

    static final String PATH = "/admin/settings";

    private final PreviewHost host;

    SettingsResource(PreviewHost host) {
        this.host = host;
    }

    @GET
    public Response page() {
        UserRef viewer = host.viewer();
        if (!host.directory().person(viewer.key()).map(PreviewDirectory.Person::admin).orElse(false)) {
            return MessagePage.response(host, Response.Status.FORBIDDEN, viewer, "throughline.preview.nav.settings",
                    MessagePage.Tone.ERROR, "settings-forbidden",
                    host.text().html("throughline.preview.settings.admins-only"), PATH);
        }
        SettingsPage page = new SettingsPage(ViewText.forLocale(host.locale()));
        String body = page.body(host.app().settings().current(),
                host.app().performance().environments(SettingsPage.ENVIRONMENT_DAYS), PreviewServer.REST_PATH);
        return Response.ok(host.shell().page(host.text(), viewer, page.title(), PATH, body))
                .header("Cache-Control", "no-store").build();
    }
}
