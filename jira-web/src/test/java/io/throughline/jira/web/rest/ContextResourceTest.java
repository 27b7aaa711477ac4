package io.throughline.jira.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The canonical context over HTTP: JSON by default, Markdown when asked, a version that moves with the record. */
class ContextResourceTest extends RestTestBase {

    private static final String CONTEXT = "/initiatives/GROW-1/context";

    private RestServer.Reply markdown(String user) {
        return server.send(server.request(CONTEXT, user).header("Accept", "text/markdown").GET());
    }

    @Test
    void theContextHoldsTheRecordAndItsCitation() {
        server.post("/initiatives/GROW-1/assumptions", PM_GROWTH, "{\"text\":\"Admins invite their team in week one\"}");
        server.post("/initiatives/GROW-1/evidence", PM_GROWTH, """
                {"kind":"DECISION","summary":"Checklist, not a tour","options":["Tour","Checklist"],"chosen":"Checklist"}""");
        RestServer.Reply asked = server.post("/initiatives/GROW-1/dependencies", ADMIN, """
                {"providerTeam":"Identity","providerIssueKey":"IDN-7","description":"SSO users skip the password step",
                 "neededBy":"2026-04-01"}""");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);

        RestServer.Reply reply = server.get(CONTEXT, VIEWER);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonNode context = reply.json();
        String version = context.get("version").asText();
        assertThat(version).matches("[0-9a-f]{16}");
        assertThat(context.get("citation").asText()).isEqualTo("GROW-1@" + version);
        assertThat(context.at("/initiative/summary").asText()).isEqualTo("Activation onboarding");
        assertThat(context.get("contract").isNull()).isTrue();
        assertThat(context.at("/assumptions/0/text").asText()).isEqualTo("Admins invite their team in week one");
        assertThat(context.at("/decisions/0/decision/chosen").asText()).isEqualTo("Checklist");
        assertThat(context.at("/dependencies/0/providerTeam").asText()).isEqualTo("Identity");
        assertThat(context.at("/dependencies/0/providerIssue").isNull()).as("the viewer may not see IDN-7").isTrue();
        assertThat(server.get(CONTEXT, ADMIN).json().at("/dependencies/0/providerIssue").asText()).isEqualTo("IDN-7");
        assertThat(server.get(CONTEXT, ADMIN).json().get("version").asText()).isEqualTo(version);
        assertThat(context.at("/evidence/0/summary").asText()).isEqualTo("Checklist, not a tour");
    }

    @Test
    void theVersionMovesWithTheRecordAndAnEntryMayCiteIt() {
        String before = server.get(CONTEXT, PM_GROWTH).json().get("version").asText();
        assertThat(server.get(CONTEXT, PM_GROWTH).json().get("version").asText()).isEqualTo(before);

        JsonNode cited = server.post("/initiatives/GROW-1/evidence", PM_GROWTH,
                "{\"kind\":\"RESEARCH\",\"summary\":\"Three subject lines\",\"provenance\":\"ASSISTANT\","
                        + "\"tool\":\"Copy assistant\",\"contextVersion\":\"" + before + "\"}").json();

        assertThat(cited.get("contextVersion").asText()).isEqualTo(before);
        assertThat(server.get(CONTEXT, PM_GROWTH).json().get("version").asText())
                .as("a proposal is not part of the record").isEqualTo(before);
        server.post("/evidence/" + cited.get("id").asLong() + "/confirm", PM_GROWTH, "{}");
        assertThat(server.get(CONTEXT, PM_GROWTH).json().get("version").asText()).isNotEqualTo(before);
    }

    @Test
    void markdownReadsAsWrittenAndCannotBeBrokenByWhatWasTyped() {
        server.post("/initiatives/GROW-1/assumptions", PM_GROWTH,
                "{\"text\":\"# Heading <script>alert(1)</script> [link](javascript:x) *bold*\"}");

        RestServer.Reply reply = markdown(PM_GROWTH);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/markdown");
        String version = server.get(CONTEXT, PM_GROWTH).json().get("version").asText();
        assertThat(reply.body()).startsWith("# GROW\\-1 — Activation onboarding\n")
                .contains("`GROW-1@" + version + "`", "## Assumptions", "## Latest evidence",
                        "OPEN: \\# Heading &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\[link\\]\\(javascript:x\\) \\*bold\\*")
                .doesNotContain("<script>", "[link](");
        RestServer.Reply page = server.get(CONTEXT + "/markdown", PM_GROWTH);
        assertThat(page.header("Content-Type")).startsWith("text/plain");
        assertThat(page.body()).isEqualTo(reply.body());
    }

    @Test
    void whoMayNotSeeTheInitiativeLearnsNothing() {
        assertThat(server.get(CONTEXT, STRANGER).status()).isEqualTo(404);
        assertThat(markdown(STRANGER).status()).isEqualTo(404);
        assertThat(server.get(CONTEXT + "/markdown", STRANGER).status()).isEqualTo(404);
        assertThat(server.get(CONTEXT, null).status()).isEqualTo(401);
        assertThat(server.get("/initiatives/nope/context", PM_GROWTH).status()).isEqualTo(404);
    }
}
