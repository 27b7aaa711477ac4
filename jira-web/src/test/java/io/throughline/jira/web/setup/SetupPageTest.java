package io.throughline.jira.web.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.gate.Gate;
import io.throughline.core.setup.ScreenFix;
import io.throughline.core.setup.ScreenOperation;
import io.throughline.core.setup.SetupService;
import io.throughline.core.setup.SetupSnapshot;
import io.throughline.core.testing.InMemorySetupFacts;
import io.throughline.core.testing.InMemoryStageMappings;
import io.throughline.web.view.ViewText;
import io.throughline.web.view.html.RenderedHtml;
import io.throughline.web.view.html.XssPayloads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SetupPageTest {

    private static final SetupPage PAGE = new SetupPage(ViewText.forLocale(Locale.ENGLISH));
    private static final String ACTION = "/plugins/servlet/throughline/setup";

    static Stream<String> payloads() {
        return XssPayloads.ALL.stream();
    }

    private static InMemorySetupFacts hostile(String name) {
        return new InMemorySetupFacts().scheme(name, name)
                .screen("1", name, EnumSet.of(ScreenOperation.CREATE, ScreenOperation.VIEW), "Initiative owner")
                .workflow(new SetupSnapshot.Workflow(name, List.of(name, "Bet"), List.of(new SetupSnapshot.Transition(name,
                        List.of(new SetupSnapshot.GateSetting(Gate.COMMIT, Map.of(name, name)))))));
    }

    private static SetupService service(InMemorySetupFacts facts) {
        return new SetupService(facts, new InMemoryStageMappings(), "Initiative");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void namesFromTheHostStayText(String payload) throws IOException {
        InMemorySetupFacts facts = hostile(payload);
        SetupService service = service(facts);
        ScreenFix fix = service.addMissingFieldsToScreens();

        String html = PAGE.body(service(hostile(payload)).report(), Optional.of(fix), ACTION,
                Optional.of(new SetupPage.FormToken("atl_token", payload)));

        RenderedHtml.of(Files.readString(Path.of("src/main/java/io/throughline/jira/web/setup/SetupPage.java")))
                .assertOnlyTemplateMarkup(html);
    }

    @Test
    void aFixableProblemOffersTheButtonWithTheFormTokenAndEachProblemItsFix() {
        String html = PAGE.body(service(hostile("Default screen")).report(), Optional.empty(), ACTION,
                Optional.of(new SetupPage.FormToken("atl_token", "t0k3n")));

        assertThat(html).contains("id=\"setup-fix\"", "action=\"" + ACTION + "\"",
                "<input type=\"hidden\" name=\"atl_token\" value=\"t0k3n\">",
                "The create screen Default screen lacks: Success metric, Evidence horizon.",
                "Use the button below to add the missing fields")
                .contains("data-section=\"issue-type\"", "data-section=\"fields\"", "data-section=\"workflows\"",
                        "data-section=\"stages\"");
        assertThat(html).contains("data-status=\"PROBLEM\"", "data-status=\"OK\"");
    }

    @Test
    void aCompleteSetupOffersNoButtonAndSaysAllIsWell() {
        InMemorySetupFacts facts = hostile("Screen");
        SetupService service = service(facts);
        service.addMissingFieldsToScreens();
        facts.workflow(new SetupSnapshot.Workflow("Other", List.of("Bet"), List.of(
                new SetupSnapshot.Transition("a", List.of(new SetupSnapshot.GateSetting(Gate.OUTCOME, Map.of()))),
                new SetupSnapshot.Transition("b", List.of(new SetupSnapshot.GateSetting(Gate.INVALIDATION, Map.of()))),
                new SetupSnapshot.Transition("c", List.of(new SetupSnapshot.GateSetting(Gate.COMMIT, Map.of()))))));

        String html = PAGE.body(service.report(), Optional.empty(), ACTION, Optional.empty());

        assertThat(html).doesNotContain("setup-fix-form");
        assertThat(html).contains("data-problems=\"");
    }

    @Test
    void theFixResultListsWhatChangedAndASecondRunSaysNothingChanged() {
        InMemorySetupFacts facts = hostile("Default screen");
        SetupService service = service(facts);

        String first = PAGE.body(service.report(), Optional.of(service.addMissingFieldsToScreens()), ACTION, Optional.empty());
        String second = PAGE.body(service.report(), Optional.of(service.addMissingFieldsToScreens()), ACTION, Optional.empty());

        assertThat(first).contains("data-changes=\"2\"", "<li class=\"throughline-setup-change\">Added Success metric to the screen Default screen.</li>");
        assertThat(second).contains("data-changes=\"0\"", "Nothing to change").doesNotContain("throughline-setup-change");
    }
}
