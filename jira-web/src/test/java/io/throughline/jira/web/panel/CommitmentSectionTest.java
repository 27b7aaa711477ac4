package io.throughline.jira.web.panel;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.Stage;
import io.throughline.jira.web.velocity.Resources;
import io.throughline.jira.web.velocity.StrictVelocity;
import io.throughline.web.view.Choice;
import io.throughline.web.view.TextLine;
import io.throughline.web.view.html.RenderedHtml;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The panel's commitment section: when and by whom, the drift since, and the change a decision may accept. */
class CommitmentSectionTest {

    private static final StrictVelocity VELOCITY = new StrictVelocity();
    private static final String TEMPLATE = Resources.text(InitiativePanel.TEMPLATE);

    private final PanelWorld host = PanelWorld.standard();

    private Initiative committedThen(String metric, String owner) {
        Initiative bet = host.save(initiative("GROW-1").owner("pm.growth").metric("Activation rate: 22% -> 30%")
                .horizon(host.today().plusDays(40)).build());
        host.world.clock.advance(Duration.ofHours(2));
        host.world.app.initiatives().recordHostChange(host.admin, bet.withStage(Stage.COMMITTED));
        host.world.clock.advance(Duration.ofHours(2));
        return host.world.app.initiatives().recordHostChange(host.admin, initiative("GROW-1").owner(owner).metric(metric)
                .horizon(host.today().plusDays(40)).stage(Stage.COMMITTED).build());
    }

    @Test
    void aTargetLoweredAfterCommitShowsAsDriftWithTheChangeToAccept() {
        Initiative lowered = committedThen("Activation rate: 22% -> 26%", "pm.growth");

        CommitmentSection commitment = host.panel(host.admin, lowered).getCommitment();

        assertThat(commitment.isCommitted()).isTrue();
        assertThat(commitment.getCommittedHtml()).isEqualTo("Committed on " + host.today() + " by ops.lead.");
        assertThat(commitment.getDrift()).extracting(TextLine::getTextHtml)
                .containsExactly("Target changed after commit: 30% → 26%, not accepted.");
        assertThat(commitment.getPendingChanges()).extracting(Choice::getValueHtml, Choice::getLabelHtml)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "Change 1: the target"));

        String html = VELOCITY.render(InitiativePanel.TEMPLATE, Map.of(InitiativePanel.CONTEXT_KEY,
                host.panel(host.admin, lowered)));
        RenderedHtml.of(TEMPLATE).assertOnlyTemplateMarkup(html);
        assertThat(html).contains("<p class=\"throughline-drift-line\">Target changed after commit: 30% → 26%, not accepted.</p>",
                "<select class=\"select\" id=\"throughline-accepts-GROW-1\" name=\"accepts\">",
                "<option value=\"1\">Change 1: the target</option>");
    }

    @Test
    void onceADecisionAcceptsTheChangeThereIsNoDriftAndNothingToAccept() {
        Initiative lowered = committedThen("Activation rate: 22% -> 26%", "pm.growth");
        host.record(lowered.key(), host.admin, new EvidenceForm("DECISION", "Re-baselined with finance", null, null,
                null, null, "1"));

        CommitmentSection commitment = host.panel(host.admin, lowered).getCommitment();

        assertThat(commitment.isCommitted()).isTrue();
        assertThat(commitment.isHasDrift()).isFalse();
        assertThat(commitment.isHasPendingChanges()).isFalse();
    }

    @Test
    void typedTextInADriftLineIsEscapedAndABetShowsNoCommitment() {
        Initiative changed = committedThen("<img src=x onerror=alert(1)>: 1 -> 2", "<b>mallory</b>");

        String html = VELOCITY.render(InitiativePanel.TEMPLATE, Map.of(InitiativePanel.CONTEXT_KEY,
                host.panel(host.admin, changed)));

        RenderedHtml.of(TEMPLATE).assertOnlyTemplateMarkup(html);
        assertThat(html).doesNotContain("<img", "<b>mallory");
        assertThat(html).contains("Owner changed after commit: pm.growth → &#60;b&#62;mallory&#60;/b&#62;, not accepted.");
        Initiative bet = host.save(initiative("GROW-2").build());
        assertThat(host.panel(host.admin, bet).getCommitment().isCommitted()).isFalse();
    }
}
