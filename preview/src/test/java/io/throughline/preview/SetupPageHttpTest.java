package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The setup check over HTTP: admins only, a problem in the demo, a fix that changes it once. */
class SetupPageHttpTest {

    private static RunningPreview preview;

    @BeforeAll
    static void start() {
        preview = new RunningPreview();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    private static RunningPreview.Reply postFix(String user, String origin) {
        HttpRequest.Builder request = preview.request(SetupResource.PATH, user)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(""));
        return preview.send(origin == null ? request : request.header("Origin", origin));
    }

    @Test
    void onlyAdministratorsSeeOrFixTheSetup() {
        RunningPreview.Reply page = preview.get(SetupResource.PATH, "pm.growth");
        RunningPreview.Reply fix = postFix("pm.growth", null);

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Only administrators").doesNotContain("Default screen");
        assertThat(fix.status()).isEqualTo(403);
        assertThat(preview.get(SetupResource.PATH, "ops.lead").status()).isEqualTo(200);
    }

    @Test
    void theDemoShowsItsScreenProblemAndTheFixChangesItOnce() {
        RunningPreview.Reply crossSite = postFix("ops.lead", "https://evil.example");
        RunningPreview.Reply before = preview.get(SetupResource.PATH, "ops.lead");

        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body()).contains("id=\"nav-setup\"", "The edit screen Default screen lacks: Success metric, Evidence horizon.",
                "The issue type scheme Throughline preview issue type scheme includes Initiative",
                "Workflow Throughline preview workflow: the transition Bet \u2192 Committed carries the commit gate",
                "The status Abandoned (workflow Throughline preview workflow) means the stage ABANDONED.");

        RunningPreview.Reply first = postFix("ops.lead", preview.origin());
        RunningPreview.Reply second = postFix("ops.lead", preview.origin());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("data-changes=\"2\"", "Added Success metric to the screen Default screen.",
                "Added Evidence horizon to the screen Default screen.", "data-problems=\"0\"")
                .doesNotContain("id=\"setup-fix\"");
        assertThat(second.body()).contains("data-changes=\"0\"", "Nothing to change");
    }
}
