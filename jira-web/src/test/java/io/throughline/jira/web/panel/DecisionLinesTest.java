package io.throughline.jira.web.panel;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.initiative.Initiative;
import io.throughline.web.view.TextLine;
import org.junit.jupiter.api.Test;

/** A decision's record on the panel: one escaped line per part it has, nothing for other entries. */
class DecisionLinesTest {

    @Test
    void aDecisionShowsWhoTheOptionsTheChoiceWhyAndWhenToRevisit() {
        PanelWorld host = PanelWorld.standard();
        Initiative bet = host.save(initiative("GROW-1").build());
        host.record(bet.key(), host.admin, new EvidenceForm("DECISION", "Chose the checklist", null, null, null, null,
                null, "pm.growth", "Tour\n<b>Checklist</b>", "<b>Checklist</b>", "Cheaper <script>x</script>",
                host.today().plusDays(14).toString()));
        host.record(bet.key(), host.admin, new EvidenceForm("RESEARCH", "Notes", null, null, null, null));

        InitiativePanel panel = host.panel(host.admin, bet);

        assertThat(panel.getEvidence()).extracting(EvidenceRow::isHasDecision).containsExactly(false, true);
        assertThat(panel.getEvidence().get(1).getDecision()).extracting(TextLine::getTextHtml).containsExactly(
                "Decided by pm.growth", "Options: Tour · &#60;b&#62;Checklist&#60;/b&#62;",
                "Chose: &#60;b&#62;Checklist&#60;/b&#62;", "Why: Cheaper &#60;script&#62;x&#60;/script&#62;",
                "Revisit on " + host.today().plusDays(14));
    }
}
