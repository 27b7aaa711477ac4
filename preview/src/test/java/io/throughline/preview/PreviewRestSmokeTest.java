package io.throughline.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The contract paths of the Jira app's REST API, over real HTTP against a started preview and its demo data. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewRestSmokeTest {

    private static final String API = "/rest/throughline/1.0";
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
    @Order(1)
    void demoPortfolioShowsEveryHealthACycleAndLateDiscovery() {
        JsonNode portfolio = preview.get(API + "/portfolio/dependencies", "ops.lead").json();

        assertThat(portfolio.get("summary").get("ON_TRACK").asInt()).isPositive();
        assertThat(portfolio.get("summary").get("AT_RISK").asInt()).isPositive();
        assertThat(portfolio.get("summary").get("BLOCKED").asInt()).isPositive();
        assertThat(portfolio.get("summary").get("DONE").asInt()).isPositive();
        assertThat(portfolio.get("cycles").toString()).isEqualTo("[[\"Data\",\"Platform\"]]");
        assertThat(texts(portfolio.get("dependencies"), "lateDiscovered")).contains("true");
        assertThat(portfolio.get("dependencies").toString()).contains("Provider initiative DATA-1 is blocked");
    }

    @Test
    @Order(2)
    void onboardingInitiativeIsBlockedAtTheCommitGateAndAnotherIsReady() {
        JsonNode onboarding = preview.get(API + "/initiatives/GROW-1", "pm.growth").json();
        JsonNode ready = preview.get(API + "/initiatives/GROW-2", "pm.growth").json();
        JsonNode unready = preview.get(API + "/initiatives/BILL-1", "pm.billing").json();

        assertThat(onboarding.get("successMetric").get("name").asText()).isEqualTo("Activation rate");
        assertThat(onboarding.get("ownerName").asText()).isEqualTo("Gabriel Okafor (Growth PM)");
        assertThat(onboarding.get("gates").get("ahead").toString()).isEqualTo("[\"commit\"]");
        assertThat(onboarding.get("gates").get("commit").get("passed").asBoolean()).isFalse();
        assertThat(texts(onboarding.get("gates").get("commit").get("violations"), "policy"))
                .containsExactly("evidence-sufficient", "dependencies-acknowledged", "dependencies-acknowledged");
        assertThat(ready.get("gates").get("commit").get("passed").asBoolean()).isTrue();
        assertThat(texts(unready.get("gates").get("commit").get("violations"), "field"))
                .contains("owner", "successMetric", "evidenceHorizon");
    }

    @Test
    @Order(3)
    void permissionsFollowTheActingUserFromHeaderOrCookie() {
        assertThat(preview.get(API + "/initiatives/PLAT-1", "guest").status()).isEqualTo(404);
        assertThat(preview.get(API + "/initiatives/GROW-1", "guest").status()).isEqualTo(200);
        assertThat(preview.get(API + "/initiatives/GROW-1", "nobody").status()).isEqualTo(401);
        RunningPreview.Reply byCookie = preview.send(preview.request(API + "/initiatives/PLAT-1", null)
                .header("Cookie", PreviewIdentity.COOKIE + "=guest").GET());
        assertThat(byCookie.status()).isEqualTo(404);
        assertThat(preview.get(API + "/initiatives/PLAT-1", null).status()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void theOnboardingStoryCompletesThroughTheApiAndThePreviewWorkflow() {
        JsonNode blocked = preview.post("/preview/initiatives/GROW-1/transition", "pm.growth", "{\"to\":\"COMMITTED\"}")
                .json();
        assertThat(blocked.get("errors")).hasSize(3);

        assertThat(preview.post(API + "/initiatives/GROW-1/evidence", "pm.growth", "{\"kind\":\"CUSTOMER_INSIGHT\","
                + "\"summary\":\"Admins abandon setup\",\"sourceUrl\":\"https://example.com/r/1\"}").status()).isEqualTo(201);
        assertThat(preview.post(API + "/initiatives/GROW-1/evidence", "pm.growth", "{\"kind\":\"METRIC_READING\","
                + "\"summary\":\"Baseline\",\"observedValue\":22}").status()).isEqualTo(201);
        for (JsonNode dependency : preview.get(API + "/initiatives/GROW-1/dependencies", "pm.growth").json()) {
            String provider = dependency.get("providerTeam").asText().equals("Identity") ? "lead.identity" : "lead.data";
            String path = API + "/dependencies/" + dependency.get("id").asText() + "/commit";
            String body = "{\"committedDate\":\"" + LocalDate.now().plusDays(14) + "\"}";
            assertThat(preview.post(path, "pm.growth", body).status()).isEqualTo(403);
            assertThat(preview.post(path, provider, body).status()).isEqualTo(200);
            assertThat(preview.post(path, provider, body).status()).isEqualTo(409);
        }

        RunningPreview.Reply moved = preview.post("/preview/initiatives/GROW-1/transition", "pm.growth",
                "{\"to\":\"COMMITTED\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(preview.get(API + "/initiatives/GROW-1", "pm.growth").json().get("stage").asText()).isEqualTo("COMMITTED");
    }

    @Test
    @Order(5)
    void mutationsAreJsonOnlyAndBoundedInSize() {
        RunningPreview.Reply form = preview.send(preview.request(API + "/initiatives/GROW-1/evidence", "pm.growth")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("kind=RESEARCH&summary=x")));
        RunningPreview.Reply huge = preview.post(API + "/initiatives/GROW-1/evidence", "pm.growth",
                "{\"kind\":\"RESEARCH\",\"summary\":\"" + "x".repeat(70_000) + "\"}");

        // Refused as Jira's XSRF check refuses it (a form from no page of this server), before the API's own 415.
        assertThat(form.status()).isEqualTo(403);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().get("errors").get(0).get("message").asText()).contains("64 KiB");
    }

    /** Without it every write waited ~40 ms for a delayed ACK (figure 3 in docs/performance.md: 52.9 → 12.1 ms). */
    @Test
    @Order(6)
    void theServerSendsEachWriteAtOnce() {
        assertThat(System.getProperty(PreviewServer.NODELAY)).isEqualTo("true");
    }

    @Test
    @Order(6)
    void pagesAndAssetsAreServed() {
        assertThat(preview.get("/", null).body()).contains("data-key=\"GROW-1\"", "/static/aui/aui-prototyping.css");
        assertThat(preview.get("/browse/GROW-2", "pm.growth").body()).contains("data-throughline-panel");
        assertThat(preview.get("/browse/PLAT-1", "guest").status()).isEqualTo(404);
        assertThat(preview.get("/static/aui/aui-prototyping.css", null).status()).isEqualTo(200);
        assertThat(preview.get("/static/js/throughline-panel.js", null).status()).isEqualTo(200);
        assertThat(preview.get("/static/aui/../../demo/portfolio.json", null).status()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void actAsRemembersTheUserAndNeverRedirectsOffSite() {
        RunningPreview.Reply switched = preview.send(preview.form("/preview/act-as", null, "user=guest&return=//evil.example.com/"));
        RunningPreview.Reply unknown = preview.send(preview.form("/preview/act-as", null, "user=mallory&return=/browse/GROW-1"));

        assertThat(switched.status()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(switched.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                .startsWith(PreviewIdentity.COOKIE + "=guest").containsIgnoringCase("HttpOnly"));
        assertThat(unknown.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(unknown.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/browse/GROW-1"));
    }

    @Test
    @Order(8)
    void wikiPageRendersBothMacrosThroughTheRestApiAsTheViewer() {
        String asLead = preview.get("/wiki/portfolio-review", "ops.lead").body();
        String asGuest = preview.get("/wiki/portfolio-review", "guest").body();

        assertThat(asLead).contains("throughline-dependency-status", "throughline-initiative", "data-worst=\"BLOCKED\"",
                "Provider initiative DATA-1 is blocked");
        assertThat(asGuest).contains("throughline-dependency-status").doesNotContain("DATA-1", "Billing declined");
        assertThat(preview.get("/wiki/no-such-page", null).status()).isEqualTo(404);
        assertThat(preview.get("/wiki/..%2Fdemo%2Fportfolio", null).status()).isEqualTo(404);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asText()));
        return values;
    }
}
