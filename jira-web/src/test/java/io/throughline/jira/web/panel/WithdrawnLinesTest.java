package io.throughline.jira.web.panel;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.dependency.Dependency;
import io.throughline.core.initiative.Initiative;
import io.throughline.web.view.TextLine;
import org.junit.jupiter.api.Test;

/** A withdrawn request stays on the panel, apart, with who withdrew it, when and why; typed text escaped. */
class WithdrawnLinesTest {

    @Test
    void aWithdrawnRequestIsListedApartAndItsTextIsEscaped() {
        PanelWorld host = PanelWorld.standard();
        Initiative bet = host.save(initiative("GROW-1").build());
        Dependency asked = host.request(bet.key(), "Billing", "Refunds <b>now</b>", host.today().plusDays(10));
        host.world.app.dependencies().withdraw(host.admin, asked.id(), "Re-planned: <script>x</script>");

        InitiativePanel panel = host.panel(host.admin, bet);

        assertThat(panel.isHasDependencies()).isFalse();
        assertThat(panel.getWithdrawn()).extracting(TextLine::getTextHtml).containsExactly(
                "Billing: Refunds &#60;b&#62;now&#60;/b&#62;. Withdrawn by ops.lead on " + host.today()
                        + ": Re-planned: &#60;script&#62;x&#60;/script&#62;");
    }
}
