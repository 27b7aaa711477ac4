package io.throughline.jira.web.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.evidence.SourceUrl;
import io.throughline.core.metric.MetricParse;
import io.throughline.core.metric.SuccessMetricParser;
import io.throughline.jira.web.velocity.Resources;
import io.throughline.jira.web.velocity.StrictVelocity;
import io.throughline.web.view.Html;
import io.throughline.web.view.html.RenderedHtml;
import io.throughline.web.view.html.XssPayloads;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every payload goes through every field a user types, the full panel is rendered by a real
 * Velocity (which escapes nothing), and the page must hold the data only as escaped text.
 */
class PanelXssTest {

    private static final StrictVelocity VELOCITY = new StrictVelocity();
    private static final RenderedHtml TEMPLATE_MARKUP = RenderedHtml.of(Resources.text(InitiativePanel.TEMPLATE));

    static Stream<String> payloads() {
        return XssPayloads.ALL.stream();
    }

    @Test
    void thereAreEnoughDistinctPayloads() {
        assertThat(XssPayloads.ALL).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void payloadInEveryFieldWithAReadableMetricStaysText(String payload) {
        String metric = "M " + payload.replace(":", "") + ": 22% -> 30%";
        assertThat(SuccessMetricParser.parse(metric)).isInstanceOf(MetricParse.Valid.class);

        assertRendersAsText(payload, fieldsCarrying(payload, metric));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void payloadInEveryFieldWithAnUnreadableMetricStaysText(String payload) {
        String metric = "M " + payload + " => 5";
        assertThat(SuccessMetricParser.parse(metric)).isInstanceOf(MetricParse.Invalid.class);

        assertRendersAsText(payload, fieldsCarrying(payload, metric));
    }

    @Test
    void manyPayloadsReachTheSourceLinkThroughTheCoresOwnValidation() {
        assertThat(XssPayloads.ALL.stream().map(PanelXssTest::sourceCarrying).filter(Optional::isPresent).count())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void attributeBreakerInASourceLinkStaysInsideTheHref() {
        PanelScenario.Fields fields = new PanelScenario.Fields("Summary", "pm", "Rate: 1% -> 2%", "Evidence",
                "https://example.com/?q='onmouseover=alert(1)//&x=$y#set", "Description", "Reason", "Growth", "Identity");

        String html = render(new PanelScenario(fields).panel);

        TEMPLATE_MARKUP.assertOnlyTemplateMarkup(html);
        assertThat(html).contains(
                "<a href=\"https://example.com/?q&#61;&#39;onmouseover&#61;alert(1)//&#38;x&#61;$y#set\" rel=");
    }

    @Test
    void dangerousSchemesCannotEvenBeStoredAsSources() {
        for (String url : new String[] {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x",
            "vbscript:msgbox(1)"}) {
            assertThat(SourceUrl.problemWith(url)).as(url).isPresent();
            assertThatThrownBy(() -> new SourceUrl(URI.create(url))).as(url).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void teamNamesWithApostrophesAndAmpersandsAreEscapedEverywhere() {
        PanelScenario.Fields fields = new PanelScenario.Fields("Summary", "pm", "Rate: 1% -> 2%", "Evidence", null,
                "Description", "Reason", "R&D 'Labs'", "O'Brien & Co-op");

        String html = render(new PanelScenario(fields).panel);

        TEMPLATE_MARKUP.assertOnlyTemplateMarkup(html);
        assertThat(html).contains("R&#38;D &#39;Labs&#39;", "O&#39;Brien &#38; Co-op")
                .doesNotContain("O'Brien", "R&D", "'Labs'");
    }

    @Test
    void aUnitWithAnApostropheIsEscapedInTheRangeAndTheReading() {
        PanelScenario.Fields fields = new PanelScenario.Fields("Summary", "pm",
                "Queue: 40 o'clock tickets -> 20 o'clock tickets", "Evidence", null, "Description", "Reason",
                "Growth", "Identity");

        String html = render(new PanelScenario(fields).panel);

        TEMPLATE_MARKUP.assertOnlyTemplateMarkup(html);
        assertThat(html).contains("40 o&#39;clock tickets → 20 o&#39;clock tickets", "28 o&#39;clock tickets")
                .doesNotContain("o'clock");
    }

    private static PanelScenario.Fields fieldsCarrying(String payload, String metric) {
        return new PanelScenario.Fields("S " + payload, "U " + payload, metric, "E " + payload,
                sourceCarrying(payload).orElse(null), "D " + payload, "R " + payload, "Growth", "Identity");
    }

    /** The first way of putting the payload into a link that the core accepts as a source, if any. */
    private static Optional<String> sourceCarrying(String payload) {
        return Stream.of("https://example.com/" + payload, "https://example.com/?q=" + payload,
                        "https://example.com/#" + payload)
                .filter(url -> SourceUrl.problemWith(url).isEmpty())
                .findFirst();
    }

    private static void assertRendersAsText(String payload, PanelScenario.Fields fields) {
        PanelScenario scenario = new PanelScenario(fields);

        String html = render(scenario.panel);

        TEMPLATE_MARKUP.assertOnlyTemplateMarkup(html);
        assertThat(scenario.stored).hasSizeGreaterThanOrEqualTo(12);
        for (String value : scenario.stored) {
            assertThat(html).as("escaped %s", value).contains(Html.escape(value));
        }
        if (XssPayloads.needsEscaping(payload)) {
            assertThat(html).doesNotContain(payload);
        }
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<img", "<iframe", "<!--",
                "<![cdata", "<style", "<meta", "<object", "<body", "<math", "</textarea");
        // The only SVG is the template's own chart of weekly deployments, drawn from numbers.
        assertThat(html.toLowerCase(Locale.ROOT).split("<svg", -1)).hasSize(2);
        assertThat(html).contains("<svg class=\"throughline-weekly\"");
        assertThat(html).doesNotContainPattern("(?i)<[^>]*\\son[a-z]+\\s*=")
                .doesNotContainPattern("(?i)href=\"\\s*(javascript|vbscript|data):");
        assertThat(VELOCITY.renderLikeJira(InitiativePanel.TEMPLATE, Map.of(InitiativePanel.CONTEXT_KEY, scenario.panel)))
                .isEqualTo(html);
    }

    private static String render(InitiativePanel panel) {
        return VELOCITY.render(InitiativePanel.TEMPLATE, Map.of(InitiativePanel.CONTEXT_KEY, panel));
    }
}
