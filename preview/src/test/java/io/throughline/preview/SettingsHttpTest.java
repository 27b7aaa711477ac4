package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET|PUT /admin/settings} over HTTP: administrators only, a bad value refused at its field
 * with nothing stored, a stale version refused, and the event-source group deciding who may post.
 */
class SettingsHttpTest {

    private static final String PATH = PreviewServer.REST_PATH + "/admin/settings";
    private static RunningPreview preview;

    @BeforeAll
    static void start() {
        preview = new RunningPreview();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    private static RunningPreview.Reply put(String user, String json, String ifMatch) {
        HttpRequest.Builder request = preview.request(PATH, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        return preview.send(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }

    private static String event(String id) {
        return """
                {"context": {"specversion": "0.4.1", "id": "%s", "source": "https://ci.example.com/settings",
                             "type": "dev.cdevents.service.deployed.0.2.0", "timestamp": "%s"},
                 "subject": {"id": "growth-web", "content": {"environment": {"id": "production"}}}}"""
                .formatted(id, Instant.now().minusSeconds(30));
    }

    @Test
    void onlyAdminsReadOrChangeTheSettingsAndABadValueIsNamedWithNothingStored() {
        RunningPreview.Reply read = preview.get(PATH, "ops.lead");

        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().at("/settings/0/name").asText()).isEqualTo("eventSourceGroup");
        assertThat(read.json().at("/settings/1/defaultValue").asText()).isEqualTo("(?i)^(prod|production)([-_].*)?$");
        assertThat(preview.get(PATH, "pm.growth").status()).isEqualTo(403);
        assertThat(preview.get(PATH, "nobody").status()).isEqualTo(401);
        assertThat(put("pm.growth", "{\"eventSourceGroup\": \"mine\"}", null).status()).isEqualTo(403);

        RunningPreview.Reply bad = put("ops.lead", "{\"productionPattern\": \"*prod\", \"colour\": \"blue\"}", null);
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("productionPattern", "colour");
        RunningPreview.Reply number = put("ops.lead", "{\"eventSourceGroup\": 7}", null);
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.json().at("/errors/0/field").asText()).isEqualTo("eventSourceGroup");
        assertThat(put("ops.lead", "{\"eventSourceGroup\": \"x\"}", "\"99\"").status()).isEqualTo(409);
        assertThat(preview.get(PATH, "ops.lead").body()).isEqualTo(read.body());
    }

    @Test
    void theEventSourceGroupSettingDecidesWhoMayPost() {
        assertThat(preview.post(PreviewServer.REST_PATH + "/events", "ci.bot", event("s1")).status()).isEqualTo(202);

        RunningPreview.Reply changed = put("ops.lead", "{\"eventSourceGroup\": \"release-bots\"}", null);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(preview.post(PreviewServer.REST_PATH + "/events", "ci.bot", event("s2")).status()).isEqualTo(403);

        String version = changed.headers().firstValue("ETag").orElseThrow();
        assertThat(put("ops.lead", "{\"eventSourceGroup\": null}", version).status()).isEqualTo(200);
        assertThat(preview.post(PreviewServer.REST_PATH + "/events", "ci.bot", event("s3")).status()).isEqualTo(202);
    }
}
