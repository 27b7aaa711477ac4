package io.throughline.jira.web.panel;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Team;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.interaction.Interaction;
import io.throughline.core.interaction.InteractionMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each dependency on the panel says its two teams' way of working, or that they have none. */
class InteractionLinesTest {

    @Test
    void aDeclaredPairShowsItsModeAndSlaAndAnUndeclaredOneSaysItHasNone() {
        PanelWorld host = new PanelWorld(Team.of("Growth"), Team.of("Identity"), Team.of("R&D"));
        host.world.interactions.replace(List.of(
                new Interaction(Team.of("Growth"), Team.of("Identity"), InteractionMode.X_AS_A_SERVICE, 1)), 0);
        Initiative bet = host.save(initiative("GROW-1").build());
        host.request(bet.key(), "Identity", "SSO step", host.today().plusDays(10));
        host.request(bet.key(), "R&D", "Prototype", host.today().plusDays(10));

        List<DependencyRow> rows = host.panel(host.admin, bet).getDependencies();

        DependencyRow identity = rows.stream().filter(row -> row.getProviderTeamHtml().equals("Identity")).findFirst()
                .orElseThrow();
        DependencyRow lab = rows.stream().filter(row -> row.getProviderTeamHtml().startsWith("R")).findFirst()
                .orElseThrow();
        assertThat(identity.isHasInteraction()).isTrue();
        assertThat(identity.getInteractionHtml()).isEqualTo("X as a service, answered within 1 day");
        assertThat(identity.isNoInteractionContract()).isFalse();
        assertThat(lab.isHasInteraction()).isFalse();
        assertThat(lab.isNoInteractionContract()).isTrue();
        assertThat(lab.getNoInteractionContractHtml())
                .isEqualTo("Growth and R&#38;D have no agreed way of working together");
    }
}
