package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a page on another site can make a visitor's browser send to the preview, over real HTTP:
 * nothing of it changes anything, while the preview's own pages and scripted JSON clients still can.
 */
class CrossSiteWritesTest {

    private static final String API = PreviewServer.REST_PATH;
    private static final String EVIL = "http://evil.example";
    private static RunningPreview preview;

    @BeforeAll
    static void start() {
        preview = new RunningPreview();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    /** The probe's request: {@code curl -X POST -H 'Origin: http://evil.example' …/deliver}, as the default admin. */
    @Test
    void aBodylessPostFromAnotherSiteDeliversNothing() {
        JsonNode committed = preview.committedDependency();
        String deliver = API + "/dependencies/" + committed.get("id").asLong() + "/deliver";

        RunningPreview.Reply bare = preview.send(preview.request(deliver, null).header("Origin", EVIL)
                .POST(HttpRequest.BodyPublishers.noBody()));
        RunningPreview.Reply json = preview.send(preview.request(deliver, null).header("Origin", EVIL)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        RunningPreview.Reply opaque = preview.send(preview.request(deliver, null).header("Origin", "null")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        RunningPreview.Reply untyped = preview.send(preview.request(deliver, null).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(bare.status()).isEqualTo(403);
        assertThat(json.status()).isEqualTo(403);
        assertThat(json.json().at("/errors/0/message").asText()).isEqualTo(
                "Writes from pages on another site are refused; nothing was changed.");
        assertThat(opaque.status()).isEqualTo(403);
        assertThat(untyped.status()).isEqualTo(403);
        assertThat(untyped.json().at("/errors/0/message").asText()).contains("X-Atlassian-Token: no-check");
        assertThat(preview.dependencyState(committed)).isEqualTo("COMMITTED");

        // A script that says it sends JSON, from no page at all, is what the API is for.
        RunningPreview.Reply scripted = preview.post(deliver, null, "{}");
        assertThat(scripted.status()).as(scripted.body()).isEqualTo(200);
        assertThat(preview.dependencyState(committed)).isEqualTo("DELIVERED");
    }

    @Test
    void theNoCheckHeaderPassesTheXsrfCheckButTheApiStillTakesOnlyJson() {
        RunningPreview.Reply text = preview.send(preview.request(API + "/initiatives/GROW-1/evidence", "pm.growth")
                .header("Content-Type", "text/plain").header(CrossSiteWrites.TOKEN_HEADER, "no-check")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"RESEARCH\",\"summary\":\"x\"}")));
        RunningPreview.Reply provision = preview.send(preview.request(API + "/admin/provision", "ops.lead")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(text.status()).isEqualTo(415);
        assertThat(provision.status()).isEqualTo(400);
        assertThat(provision.json().at("/errors/0/message").asText()).startsWith("Send a JSON object as the request body");
        assertThat(preview.post(API + "/admin/provision", "ops.lead", "{}").status()).isEqualTo(200);
    }

    @Test
    void aFormPostNeedsThisServerAsItsOriginOrReferer() {
        String transition = "/preview/initiatives/GROW-2/transition";
        RunningPreview.Reply silent = preview.send(preview.request(transition, "pm.growth")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("to=ABANDONED")));
        RunningPreview.Reply foreignReferer = preview.send(preview.request(transition, "pm.growth")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Referer", EVIL + "/attack.html")
                .POST(HttpRequest.BodyPublishers.ofString("to=ABANDONED")));

        assertThat(silent.status()).isEqualTo(403);
        assertThat(silent.body()).contains("id=\"form-refused\"", "did not say which page sent it");
        assertThat(foreignReferer.status()).isEqualTo(403);
        assertThat(stage("GROW-2")).isEqualTo("BET");

        RunningPreview.Reply ownPage = preview.send(preview.request("/preview/act-as", null)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Referer", preview.origin() + "/browse/GROW-2")
                .POST(HttpRequest.BodyPublishers.ofString("user=guest&return=/")));
        assertThat(ownPage.status()).isEqualTo(303);
    }

    @Test
    void pagesAndAnswersAreNeitherCachedNorFramedNorSniffed() {
        RunningPreview.Reply page = preview.get("/browse/GROW-1", "pm.growth");
        RunningPreview.Reply json = preview.get(API + "/initiatives/GROW-1", "pm.growth");
        RunningPreview.Reply wiki = preview.get("/wiki", "pm.growth");
        RunningPreview.Reply asset = preview.get("/static/css/throughline.css", null);

        for (RunningPreview.Reply reply : java.util.List.of(page, json, wiki)) {
            assertThat(reply.headers().firstValue("Cache-Control")).hasValue("private, no-store");
            assertThat(reply.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(reply.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
            assertThat(reply.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors 'self'");
        }
        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control")).isNotEqualTo(java.util.Optional.of("private, no-store"));
        assertThat(asset.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static String stage(String key) {
        return preview.get(API + "/initiatives/" + key, "ops.lead").json().get("stage").asText();
    }
}
