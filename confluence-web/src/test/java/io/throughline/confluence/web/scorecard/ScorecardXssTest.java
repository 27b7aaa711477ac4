package io.throughline.confluence.web.scorecard;

import static io.throughline.confluence.web.MacroWorld.as;
import static io.throughline.confluence.web.RecordedContract.ADMIN;
import static io.throughline.confluence.web.scorecard.ScorecardJsonBuilder.row;
import static io.throughline.confluence.web.scorecard.ScorecardJsonBuilder.scorecard;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.confluence.web.MacroWorld;
import io.throughline.web.view.html.RenderedHtml;
import io.throughline.web.view.html.XssPayloads;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile text in every string of the scorecard's JSON (summary, team, unit, a signal's name and
 * reason, a team row), read over HTTP as the macro reads Jira, comes out as text: only the markup a
 * benign scorecard holds, the charts included.
 */
class ScorecardXssTest {

    private final MacroWorld world = new MacroWorld();
    private final ScorecardMacro macro = new ScorecardMacro(world.jira);

    @AfterEach
    void stop() {
        world.close();
    }

    static Stream<String> payloads() {
        return XssPayloads.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void everyScorecardStringIsEscaped(String payload) {
        RenderedHtml vocabulary = RenderedHtml.of(render("Plain words"));

        String html = render(payload);

        vocabulary.assertOnlyTemplateMarkup(html);
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain(" onerror=", " onload=");
        if (XssPayloads.needsEscaping(payload)) {
            assertThat(html).doesNotContain(payload);
        }
    }

    private String render(String text) {
        String json = scorecard().with(row("SUP-1").summary(text).team(text).unit(text).signal("STALLED", text, text))
                .team(text, BigDecimal.ONE, null, BigDecimal.TEN).json();
        world.server.answer(ADMIN, "/scorecard?limit=100", 200, json);
        world.cache.remove(ADMIN, "/scorecard?limit=100");
        return macro.render(Map.of(), as(ADMIN));
    }
}
