package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The preview's stand-ins for Jira's and Confluence's own endpoints answer in the hosts' shapes. */
class HostEndpointsTest {

    private static RunningPreview preview;

    @BeforeAll
    static void start() {
        preview = new RunningPreview();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    @Test
    void basicCredentialsNameTheActingUserAndAnUnknownNameIsRefused() {
        assertThat(basic("GET", "/rest/throughline/1.0/initiatives/PLAT-1", "pm.growth", null).status()).isEqualTo(404);
        assertThat(basic("GET", "/rest/throughline/1.0/initiatives/GROW-1", "pm.growth", null).status()).isEqualTo(200);
        RunningPreview.Reply stranger = preview.send(preview.request("/rest/throughline/1.0/initiatives/GROW-1", null)
                .header("Authorization", credentials("nobody")).header("Cookie", PreviewIdentity.COOKIE + "=ops.lead").GET());
        assertThat(stranger.status()).isEqualTo(401);
    }

    @Test
    void provisioningIsForAdminsAndReportsEverythingAlreadyThere() {
        RunningPreview.Reply admin = basic("POST", "/rest/throughline/1.0/admin/provision", "ops.lead", "{}");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().get("created")).isEmpty();
        assertThat(admin.json().get("existing").toString()).contains("issue type Initiative", "field Evidence horizon");
        assertThat(basic("POST", "/rest/throughline/1.0/admin/provision", "pm.growth", "{}").status()).isEqualTo(403);
    }

    @Test
    void creatingAnIssueReportsFieldProblemsByFieldIdAsJiraDoes() {
        RunningPreview.Reply refused = basic("POST", "/rest/api/2/issue", "pm.growth", "{\"fields\":{"
                + "\"project\":{\"key\":\"GROW\"},\"issuetype\":{\"name\":\"Bug\"},\"summary\":\" \","
                + "\"customfield_10100\":{\"name\":\"ghost\"},\"customfield_10102\":\"next week\"}}");
        JsonNode errors = refused.json();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errors.get("errorMessages")).isEmpty();
        assertThat(errors.get("errors").fieldNames()).toIterable()
                .containsExactly("issuetype", "summary", "customfield_10100", "customfield_10102");
        assertThat(basic("POST", "/rest/api/2/issue", "pm.billing", "{\"fields\":{\"project\":{\"key\":\"GROW\"},"
                + "\"issuetype\":{\"name\":\"Initiative\"},\"summary\":\"x\"}}").json().get("errors").get("project")
                .asText()).contains("permission");
    }

    @Test
    void aGateRefusalIsA400WithTheGatesWordsAndNothingMoves() {
        JsonNode transitions = basic("GET", "/rest/api/2/issue/GROW-1/transitions", "pm.growth", null).json();
        assertThat(transitions.get("transitions").get(0).get("name").asText()).isEqualTo("Commit");
        assertThat(transitions.get("transitions").get(0).get("to").get("name").asText()).isEqualTo("Committed");

        RunningPreview.Reply refused = basic("POST", "/rest/api/2/issue/GROW-1/transitions", "pm.growth",
                "{\"transition\":{\"id\":\"21\"}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errorMessages").toString()).contains("evidence");
        assertThat(basic("POST", "/rest/api/2/issue/GROW-1/transitions", "pm.growth",
                "{\"transition\":{\"id\":\"41\"}}").json().get("errorMessages").get(0).asText()).contains("not valid");
        assertThat(basic("GET", "/rest/api/2/issue/PLAT-1/transitions", "pm.growth", null).status()).isEqualTo(404);
        assertThat(preview.get("/rest/throughline/1.0/initiatives/GROW-1", "pm.growth").json().get("stage").asText())
                .isEqualTo("BET");
    }

    @Test
    void convertingStorageRendersTheMacrosAsTheViewer() {
        RunningPreview.Reply card = basic("POST", "/rest/api/contentbody/convert/view", "pm.growth",
                "{\"representation\":\"storage\",\"value\":\"<p>Our bet</p><ac:structured-macro ac:name=\\\"throughline-initiative\\\">"
                        + "<ac:parameter ac:name=\\\"key\\\">GROW-1</ac:parameter></ac:structured-macro>\"}");
        RunningPreview.Reply unseen = basic("POST", "/rest/api/contentbody/convert/view", "guest",
                "{\"representation\":\"storage\",\"value\":\"<ac:structured-macro ac:name=\\\"throughline-initiative\\\">"
                        + "<ac:parameter ac:name=\\\"key\\\">PLAT-1</ac:parameter></ac:structured-macro>\"}");

        assertThat(card.status()).isEqualTo(200);
        assertThat(card.json().get("representation").asText()).isEqualTo("view");
        assertThat(card.json().get("value").asText()).contains("<p>Our bet</p>", "throughline-macro throughline-initiative",
                "GROW-1");
        assertThat(unseen.json().get("value").asText()).contains("HTTP 404").doesNotContain("throughline-card");
        assertThat(basic("POST", "/rest/api/contentbody/convert/view", "guest",
                "{\"representation\":\"wiki\",\"value\":\"x\"}").json().get("statusCode").asInt()).isEqualTo(400);
    }

    private static RunningPreview.Reply basic(String method, String path, String user, String json) {
        HttpRequest.Builder request = preview.request(path, null).header("Authorization", credentials(user));
        return preview.send(json == null ? request.GET() : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String credentials(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":any-password").getBytes(StandardCharsets.UTF_8));
    }
}
