package io.throughline.confluence.web;

import static io.throughline.confluence.web.MacroWorld.as;
import static io.throughline.confluence.web.RecordedContract.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.jira.web.json.GateJson;
import io.throughline.jira.web.json.InitiativeJson;
import io.throughline.jira.web.json.MetricJson;
import io.throughline.jira.web.json.PortfolioJson;
import io.throughline.jira.web.json.PortfolioRowJson;
import io.throughline.web.view.html.RenderedHtml;
import io.throughline.web.view.html.XssPayloads;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile text arriving through the REST JSON, in every string the macros show, comes out as
 * text: the output holds only the markup a benign render holds, and no payload appears raw.
 */
class MacroXssTest {

    private static final String BENIGN = "Plain words";
    private static final Map<String, Integer> COUNTS = Map.of("ON_TRACK", 1, "AT_RISK", 1, "BLOCKED", 1, "DONE", 1);

    private final MacroWorld world = new MacroWorld();

    @AfterEach
    void stop() {
        world.close();
    }

    static Stream<String> payloads() {
        return XssPayloads.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void everyPortfolioStringIsEscaped(String payload) {
        RenderedHtml vocabulary = RenderedHtml.of(dependencyStatus(BENIGN));

        String html = dependencyStatus(payload);

        vocabulary.assertOnlyTemplateMarkup(html);
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain(" onerror=", " onload=");
        if (XssPayloads.needsEscaping(payload)) {
            assertThat(html).doesNotContain(payload);
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void everyInitiativeStringIsEscaped(String payload) {
        RenderedHtml vocabulary = RenderedHtml.of(initiative(BENIGN));

        String html = initiative(payload);

        vocabulary.assertOnlyTemplateMarkup(html);
        if (XssPayloads.needsEscaping(payload)) {
            assertThat(html).doesNotContain(payload);
        }
    }

    @Test
    void jirasErrorMessageIsEscapedToo() {
        for (String payload : XssPayloads.ALL) {
            world.server.failWith(404, RecordedContract.write(io.throughline.jira.web.json.ErrorJson.of(null, payload)), 0);
            String html = world.initiative.render(Map.of("key", "GROW-1"), as(ADMIN));
            RenderedHtml.of(world.initiative.render(Map.of("key", "GROW-2"), as(ADMIN))).assertOnlyTemplateMarkup(html);
        }
    }

    private String dependencyStatus(String text) {
        PortfolioRowJson row = new PortfolioRowJson(1, "GROW-1", text, text, text, null, text, "BLOCKED",
                List.of(text, text), true, "2026-03-01", "2026-03-05", 3);
        PortfolioRowJson done = new PortfolioRowJson(2, "GROW-2", text, text, text + "2", null, text, "DONE",
                List.of(), false, "2026-03-01", null, 0);
        PortfolioJson portfolio = new PortfolioJson("2026-03-02T12:00:00Z", List.of(text), COUNTS,
                List.of(new PortfolioJson.Cell(text, text + "2", COUNTS, "BLOCKED")), List.of(row, done), 2,
                List.of(List.of(text, text + "2")));
        world.server.answer(ADMIN, "/portfolio/dependencies", 200, RecordedContract.write(portfolio));
        world.cache.remove(ADMIN, io.throughline.confluence.web.jira.RestPaths.portfolio(List.of(),
                java.util.EnumSet.of(io.throughline.core.graph.Health.AT_RISK, io.throughline.core.graph.Health.BLOCKED,
                        io.throughline.core.graph.Health.DONE), 200));
        return world.dependencyStatus.render(Map.of("includeDone", "true"), as(ADMIN));
    }

    private String initiative(String text) {
        InitiativeJson card = new InitiativeJson("GROW-1", text, text, text, text,
                new MetricJson(text, text, BigDecimal.ONE, BigDecimal.TEN, text, "INCREASE"), "2026-04-01", "BET",
                new InitiativeJson.Gates(new GateJson(false, List.of(new GateJson.ViolationJson("owner-present", null, text))),
                        new GateJson(false, List.of()), new GateJson(false, List.of()), List.of("commit")),
                new InitiativeJson.EvidenceSummary(2, "2026-03-01", BigDecimal.TEN, "2026-03-01", 0),
                new InitiativeJson.DependencySummary("AT_RISK", COUNTS), null);
        world.server.answer(ADMIN, "/initiatives/GROW-1", 200, RecordedContract.write(card));
        world.cache.remove(ADMIN, "/initiatives/GROW-1");
        return world.initiative.render(Map.of("key", "GROW-1"), as(ADMIN));
    }
}
