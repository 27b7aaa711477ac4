package io.throughline.jira.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EvidenceResourceTest extends RestTestBase {

    private static final String EVIDENCE = "/initiatives/GROW-1/evidence";

    @Test
    void recordsAnEntryAndListsIt() {
        RestServer.Reply created = server.post(EVIDENCE, PM_GROWTH, """
                {"kind": "CUSTOMER_INSIGHT", "summary": "Five of eight admins gave up during setup",
                 "sourceUrl": "https://research.example.com/notes/42", "observedOn": "2026-02-20"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(server.base() + EVIDENCE);
        JsonNode entry = created.json();
        assertThat(entry.get("id").asLong()).isPositive();
        assertThat(entry.get("kind").asText()).isEqualTo("CUSTOMER_INSIGHT");
        assertThat(entry.get("summary").asText()).isEqualTo("Five of eight admins gave up during setup");
        assertThat(entry.get("sourceUrl").asText()).isEqualTo("https://research.example.com/notes/42");
        assertThat(entry.get("observedValue").isNull()).isTrue();
        assertThat(entry.get("observedOn").asText()).isEqualTo("2026-02-20");
        assertThat(entry.get("recordedBy").asText()).isEqualTo(PM_GROWTH);
        assertThat(entry.get("recordedByName").asText()).isEqualTo("Pat Growth");
        assertThat(entry.get("sourceHref").asText()).isEqualTo("https://research.example.com/notes/42");
        assertThat(entry.get("recordedAt").asText()).isEqualTo(world.clock.now().toString());
        assertThat(entry.get("supersedes").isNull()).isTrue();
        assertThat(entry.get("superseded").asBoolean()).isFalse();
        assertThat(server.get(EVIDENCE, VIEWER).json()).containsExactly(entry);
    }

    @Test
    void anInternationalLinkComesBackAsEnteredWithItsAsciiHref() {
        JsonNode entry = server.post(EVIDENCE, PM_GROWTH, """
                {"kind": "RESEARCH", "summary": "Interviews in Munich", "sourceUrl": "https://daten.münchen.example/ü"}""")
                .json();

        assertThat(entry.get("sourceUrl").asText()).isEqualTo("https://daten.münchen.example/ü");
        assertThat(entry.get("sourceHref").asText()).isEqualTo("https://daten.xn--mnchen-3ya.example/%C3%BC");
    }

    @Test
    void aReadingMayCarryTheMetricsUnitAndIsKeptExactly() {
        JsonNode percent = server.post(EVIDENCE, PM_GROWTH, reading("\"27.5 %\"")).json();
        RestServer.Reply otherUnit = server.post(EVIDENCE, PM_GROWTH, reading("\"27.5 ms\""));
        RestServer.Reply large = server.post(EVIDENCE, PM_GROWTH, reading("\"12,345,678,901,234,567,890.5\""));

        assertThat(percent.get("observedValue").decimalValue()).isEqualByComparingTo("27.5");
        assertThat(otherUnit.status()).isEqualTo(400);
        assertThat(otherUnit.body()).contains("\"field\":\"observedValue\"", "is in ms", "measured in %");
        assertThat(large.body()).as("every digit, as JSON carries it").contains("\"observedValue\":12345678901234567890.5,");
    }

    @Test
    void observedValueRoundTripsWhetherSentAsNumberOrString() {
        JsonNode asNumber = server.post(EVIDENCE, PM_GROWTH, reading("27.25")).json();
        JsonNode asString = server.post(EVIDENCE, PM_GROWTH, reading("\"-3.5\"")).json();

        JsonNode listed = server.get(EVIDENCE, PM_GROWTH).json();
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("observedValue").isNumber()).isTrue();
        assertThat(listed.get(0).get("observedValue").decimalValue()).isEqualByComparingTo("27.25");
        assertThat(listed.get(1).get("observedValue").decimalValue()).isEqualByComparingTo("-3.5");
        assertThat(listed.get(0)).isEqualTo(asNumber);
        assertThat(listed.get(1)).isEqualTo(asString);
    }

    @Test
    void aCorrectionMarksTheEntryItSupersedes() {
        long first = server.post(EVIDENCE, PM_GROWTH, reading("27")).json().get("id").asLong();
        world.clock.advance(Duration.ofMinutes(5));

        RestServer.Reply correction = server.post(EVIDENCE, PM_GROWTH, """
                {"kind": "METRIC_READING", "summary": "Dashboard, corrected", "observedValue": 26.5,
                 "supersedes": %d}""".formatted(first));

        assertThat(correction.status()).isEqualTo(201);
        JsonNode listed = server.get(EVIDENCE, PM_GROWTH).json();
        assertThat(listed.get(0).get("superseded").asBoolean()).isTrue();
        assertThat(listed.get(1).get("supersedes").asLong()).isEqualTo(first);
        assertThat(listed.get(1).get("superseded").asBoolean()).isFalse();
    }

    @Test
    void badEvidenceIsRefusedFieldByFieldAndNothingIsStored() {
        RestServer.Reply refused = server.post(EVIDENCE, PM_GROWTH, """
                {"kind": "GUT_FEELING", "summary": "  ", "sourceUrl": "ftp://files.example.com/x",
                 "observedOn": "yesterday", "supersedes": "abc"}""");

        assertThat(refused.status()).isEqualTo(400);
        Map<String, String> errors = new TreeMap<>();
        refused.json().get("errors").forEach(error -> errors.put(error.get("field").asText(),
                error.get("message").asText()));
        assertThat(errors).containsOnly(
                Map.entry("kind", "“GUT_FEELING” is not a kind of evidence. Choose one of "
                        + "[METRIC_READING, EXPERIMENT, CUSTOMER_INSIGHT, RESEARCH, DECISION]."),
                Map.entry("summary", "Summary is required."),
                Map.entry("sourceUrl", "Source link must start with http:// or https://."),
                Map.entry("observedOn", "Observed on: “yesterday” is not a date. Write it as yyyy-mm-dd, e.g. 2026-03-31."),
                Map.entry("supersedes", "“abc” is not an evidence entry number."));
        assertThat(server.get(EVIDENCE, PM_GROWTH).json()).isEmpty();
    }

    @Test
    void aMetricReadingWithoutItsValueIsRefused() {
        RestServer.Reply refused = server.post(EVIDENCE, PM_GROWTH,
                "{\"kind\": \"METRIC_READING\", \"summary\": \"Dashboard\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).isEqualTo("{\"errors\":[{\"field\":\"observedValue\","
                + "\"message\":\"A metric reading needs the observed value.\"}]}");
    }

    @Test
    void anEmptyBodyListsTheRequiredFields() {
        RestServer.Reply refused = server.post(EVIDENCE, PM_GROWTH, "{}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().findValuesAsText("field")).containsExactly("kind", "summary");
    }

    @Test
    void aViewerMaySeeTheLedgerButNotAddToIt() {
        RestServer.Reply refused = server.post(EVIDENCE, VIEWER, reading("27"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo(
                "{\"errors\":[{\"field\":null,\"message\":\"You may see GROW-1 but not change it.\"}]}");
        assertThat(server.get(EVIDENCE, VIEWER).json()).isEmpty();
    }

    @Test
    void theLedgerOfAnUnseenInitiativeIsNotFoundForReadingAndWriting() {
        RestServer.Reply read = server.get("/initiatives/PAY-3/evidence", PM_GROWTH);
        RestServer.Reply write = server.post("/initiatives/PAY-3/evidence", PM_GROWTH, reading("27"));

        assertThat(read.status()).isEqualTo(404);
        assertThat(write.status()).isEqualTo(404);
        assertThat(write.body()).isEqualTo(read.body()).contains("There is no initiative PAY-3 that you can see.");
        assertThat(world.evidence.entriesFor(io.throughline.core.initiative.InitiativeKey.parse("PAY-3"))).isEmpty();
    }

    @Test
    void anonymousCallersCanNeitherReadNorWrite() {
        assertThat(server.get(EVIDENCE, null).status()).isEqualTo(401);
        RestServer.Reply write = server.post(EVIDENCE, null, reading("27"));

        assertThat(write.status()).isEqualTo(401);
        assertThat(write.json().at("/errors/0/message").asText()).isEqualTo("Log in to use Throughline.");
        assertThat(server.get(EVIDENCE, PM_GROWTH).json()).isEmpty();
    }

    private static String reading(String valueJson) {
        return "{\"kind\": \"METRIC_READING\", \"summary\": \"Weekly activation dashboard\", "
                + "\"sourceUrl\": \"https://dash.example.com/activation\", \"observedValue\": " + valueJson + "}";
    }
}
