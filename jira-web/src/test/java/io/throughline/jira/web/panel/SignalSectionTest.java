package io.throughline.jira.web.panel;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.Stage;
import io.throughline.core.trace.StatusCategory;
import io.throughline.core.trace.TraceVia;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The panel's Signals section: each raised signal as a badge with its reason, or a line saying none is. */
class SignalSectionTest {

    private final PanelWorld host = PanelWorld.standard();

    private Initiative delivering() {
        Initiative saved = host.save(initiative("GROW-1").team("Growth").stage(Stage.DELIVERING).build());
        host.world.delivery.issue("GROW-11", "Story", "Growth", StatusCategory.IN_PROGRESS, 3, host.world.clock.now())
                .edge("GROW-1", "GROW-11", TraceVia.LINK);
        host.record(saved.key(), host.admin, "RESEARCH", "Interviews", null, null, host.today());
        return saved;
    }

    @Test
    void aFreshInitiativeSaysNoSignalIsRaised() {
        SignalSection section = host.panel(host.admin, delivering()).getSignals();

        assertThat(section.isShown()).isTrue();
        assertThat(section.isRaised()).isFalse();
        assertThat(section.getNoneHtml()).isEqualTo("No signal raised: the record agrees with the status.");
    }

    @Test
    void aTraceThatStoodStillIsAStalledBadgeWithItsReasonAndTheThresholdFollowsTheSetting() {
        Initiative initiative = delivering();
        host.world.clock.advanceDays(15);

        SignalSection section = host.panel(host.admin, initiative).getSignals();

        assertThat(section.getBadges()).singleElement().satisfies(badge -> {
            assertThat(badge.getCodeHtml()).isEqualTo("STALLED");
            assertThat(badge.getNameHtml()).isEqualTo("Stalled");
            assertThat(badge.getReasonHtml())
                    .isEqualTo("Delivering, and nothing in its trace moved for 15 days (the threshold is 14).");
        });
        host.world.app.settings().change(Map.of("stalledDays", "21"), OptionalLong.empty());
        assertThat(host.panel(host.admin, initiative).getSignals().isRaised()).isFalse();
    }
}
