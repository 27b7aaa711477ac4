package io.throughline.jira.web.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.Stage;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.jira.web.velocity.Resources;
import io.throughline.jira.web.velocity.ScanResult;
import io.throughline.jira.web.velocity.StrictVelocity;
import io.throughline.jira.web.velocity.TemplateReference;
import io.throughline.jira.web.velocity.TemplateScanner;
import io.throughline.web.view.html.RenderedHtml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The panel template against its view model: allowlist, escaping discipline, and real rendering. */
class PanelTemplateTest {

    private static final StrictVelocity VELOCITY = new StrictVelocity();
    private static final String TEMPLATE = Resources.text(InitiativePanel.TEMPLATE);

    private static ScanResult scan() {
        return TemplateScanner.scanResource(InitiativePanel.TEMPLATE,
                Map.of(InitiativePanel.CONTEXT_KEY, InitiativePanel.class));
    }

    private static String render(InitiativePanel panel) {
        return VELOCITY.render(InitiativePanel.TEMPLATE, Map.of(InitiativePanel.CONTEXT_KEY, panel));
    }

    @Test
    void everyReferenceResolvesToAPublicMethodOfTheViewModel() throws IOException {
        ScanResult result = scan().requireResolved();

        assertThat(result.references()).hasSizeGreaterThan(50);
        assertThat(result.allowlist()).allSatisfy(entry -> assertThat(entry).matches("io\\.throughline\\.(jira\\.web\\.panel|web\\.view)\\..*"));
        Path out = Path.of("target", "velocity-allowlist", "initiative-panel.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result.allowlistXml() + "\n");
        System.out.println("velocity-allowlist for " + InitiativePanel.TEMPLATE + ":\n" + result.allowlistXml());
    }

    @Test
    void printsOnlyHtmlReferencesAndNumbers() {
        assertThat(scan().requireResolved().references()).filteredOn(TemplateReference::printed)
                .isNotEmpty()
                .allSatisfy(reference -> assertThat(reference.method().getName().endsWith("Html")
                        || reference.method().getReturnType() == int.class
                        || reference.method().getReturnType() == long.class).as(reference.toString()).isTrue());
    }

    @Test
    void everyHtmlGetterOfTheViewModelReturnsAString() {
        assertThat(scan().requireResolved().references())
                .filteredOn(reference -> reference.method().getName().endsWith("Html"))
                .allSatisfy(reference -> assertThat(reference.method().getReturnType()).isEqualTo(String.class));
    }

    @Test
    void rendersTheGatesAheadOfTheStageWithTheirChecklists() {
        PanelWorld host = PanelWorld.standard();
        Initiative bet = host.save(InitiativeBuilder.initiative("GROW-1").owner(null)
                .horizon(PanelWorld.TODAY.plusDays(60)).build());
        Initiative shipped = host.save(InitiativeBuilder.initiative("GROW-2")
                .horizon(PanelWorld.TODAY.plusDays(60)).stage(Stage.SHIPPED).build());

        String betHtml = render(host.panel(host.admin, bet));
        String shippedHtml = render(host.panel(host.admin, shipped));

        RenderedHtml.of(TEMPLATE).assertOnlyTemplateMarkup(betHtml);
        assertThat(betHtml).contains("<section class=\"throughline-gate\" data-gate=\"commit\">", "Ready to commit?",
                "Initiative owner", "✓ Done", "✗ Missing", "<form class=\"aui throughline-evidence-form\"")
                .doesNotContain("What comes next");
        assertThat(shippedHtml).contains("data-gate=\"outcome\"", "Ready to validate?", "data-gate=\"invalidation\"",
                "Or close it as invalidated?").doesNotContain("Ready to commit?");
    }

    @Test
    void aClosedInitiativeRendersReadOnly() {
        PanelWorld host = PanelWorld.standard();
        Initiative abandoned = host.save(InitiativeBuilder.initiative("GROW-1")
                .stage(Stage.ABANDONED).build());

        String html = render(host.panel(host.admin, abandoned));

        assertThat(html).contains("throughline-read-only", "Closed as Abandoned: the record is read-only.")
                .doesNotContain("<form", "data-throughline-action", "throughline-checklist");
    }

    @Test
    void rendersEveryPartOfAFullPanel() {
        PanelScenario scenario = new PanelScenario(PanelScenario.Fields.plain());

        String html = render(scenario.panel);

        RenderedHtml.of(TEMPLATE).assertOnlyTemplateMarkup(html);
        assertThat(html).contains(
                "data-rest-base=\"/jira/rest/throughline/1.0\"", "data-initiative-key=\"GROW-1\"",
                "Activation onboarding", "<dd class=\"throughline-owner\">pm.growth</dd>",
                "What comes next", "No gate until it ships.",
                "<strong>Activation rate</strong>", "22% → 30%", "28%",
                "<a href=\"https://research.example.com/notes?id&#61;42\" rel=\"noopener noreferrer nofollow\"",
                "Corrected entries", "Corrected by entry 3", "Corrects entry 2",
                "<form class=\"aui throughline-evidence-form\"", "<option value=\"METRIC_READING\">Metric reading</option>",
                "maxlength=\"450\"", "value=\"2026-02-02\" max=\"2026-02-02\"",
                "SSO users skip the password step", "<span class=\"throughline-provider-issue\">IDN-7</span>",
                "<span class=\"throughline-provider-work aui-lozenge aui-lozenge-current\" title=\"Status of the provider"
                        + " issue, from this initiative’s delivery trace\">In Progress</span>",
                "aui-lozenge-removed", "title=\"Requested after this initiative was committed\">Late-discovered</span>",
                "Billing declined: No capacity this quarter",
                "data-throughline-action=\"commit\" data-dependency-id=\"1\" data-version=\"0\"",
                "data-throughline-action=\"decline\" data-dependency-id=\"1\" data-version=\"0\"",
                "data-throughline-action=\"deliver\" data-dependency-id=\"2\" data-version=\"1\" data-confirm=\"Mark this"
                        + " dependency delivered? This cannot be undone.\"",
                "data-throughline-action=\"revise\" data-dependency-id=\"2\" data-version=\"1\"",
                "data-throughline-action=\"reopen\" data-dependency-id=\"3\" data-version=\"1\"",
                "data-throughline-action=\"withdraw\" data-dependency-id=\"3\" data-version=\"1\" data-confirm=\"Withdraw");
        assertThat(html).doesNotContain("data-throughline-action=\"deliver\" data-dependency-id=\"1\"")
                .doesNotContainPattern("data-throughline-action=\"(commit|decline|deliver|revise)\" data-dependency-id=\"3\"");
    }

    @Test
    void rendersAnEmptyPanelForAReader() {
        PanelWorld host = PanelWorld.standard();
        Initiative bare = host.save(InitiativeBuilder.initiative("GROW-7")
                .owner(null).metric(null).build());
        UserRef reader = UserRef.of("reader");
        host.world.permissions.views(reader, "GROW");

        String html = render(host.panel(reader, bare));

        RenderedHtml.of(TEMPLATE).assertOnlyTemplateMarkup(html);
        assertThat(html).contains("No success metric yet.", "No metric reading yet.", "No evidence recorded yet.",
                "No dependencies.", "Not set");
        assertThat(html).doesNotContain("<form", "data-throughline-action");
        // The only links a bare initiative has are to its context, which every viewer may read.
        assertThat(java.util.regex.Pattern.compile("<a href=\"([^\"]*)\"").matcher(html).results()
                .map(match -> match.group(1)).toList()).containsExactly(
                        "/jira/rest/throughline/1.0/initiatives/GROW-7/context",
                        "/jira/rest/throughline/1.0/initiatives/GROW-7/context/markdown");
    }

    @Test
    void rendersTheSameWhetherOrNotTheHostAutoEscapes() {
        InitiativePanel panel = new PanelScenario(PanelScenario.Fields.plain()).panel;
        Map<String, Object> context = Map.of(InitiativePanel.CONTEXT_KEY, panel);

        assertThat(VELOCITY.renderLikeJira(InitiativePanel.TEMPLATE, context))
                .isEqualTo(VELOCITY.render(InitiativePanel.TEMPLATE, context));
    }

    @Test
    void templateHoldsNoHardCodedWords() {
        String words = TEMPLATE
                .replaceAll("(?m)^\\s*##.*$", "")
                .replaceAll("#(if|elseif|foreach)\\([^)]*\\)", "")
                .replaceAll("#(else|end)\\b", "")
                .replaceAll("\\$[a-zA-Z][a-zA-Z0-9.]*", "")
                .replaceAll("<[^>]*>", "");

        assertThat(words.replaceAll("[\\s\\p{Punct}]", "")).isEmpty();
    }

    @Test
    void scriptPostsJsonWithTheXsrfHeaderAndWritesErrorsAsText() {
        String script = Resources.text("js/throughline-panel.js");

        assertThat(script).contains("'X-Atlassian-Token': 'no-check'", "'Content-Type': 'application/json'",
                "JSON.stringify", "textContent", "/initiatives/", "/evidence", "/dependencies/",
                "committedDate", "reason", "sourceUrl", "observedValue", "observedOn", "data-rest-base",
                "window.location.reload()");
        assertThat(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                "new Function");
    }
}
