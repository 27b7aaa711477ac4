package io.throughline.jira.web.panel;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.People;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.performance.DeliveryEvent;
import io.throughline.core.performance.EventKey;
import io.throughline.core.performance.ShippedChange;
import io.throughline.web.view.TextLine;
import io.throughline.web.view.WeeklyBars;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The panel's Delivery system section: the five figures with their counts, and the weekly bars. */
class DeliverySystemSectionTest {

    private final PanelWorld host = PanelWorld.standard();

    private static DeliveryEvent deploy(String id, Instant at, InitiativeKey issue, List<ShippedChange> changes) {
        return DeliveryEvent.deployment(new EventKey("ci", id), at, "web", "prod", Set.of(issue), changes, false,
                Set.of());
    }

    @Test
    void theFiguresAreShownWithTheirCountsAndTheFailedWeekMarked() {
        Initiative bet = host.save(initiative("GROW-1").build());
        Instant now = host.world.clock.now();
        Instant first = now.minus(Duration.ofDays(20));
        host.world.app.performance().record(host.admin, List.of(
                deploy("d1", first, bet.key(), List.of(new ShippedChange("c1", first.minus(Duration.ofHours(10)), Set.of()))),
                deploy("d2", now.minus(Duration.ofDays(3)), bet.key(), List.of()),
                DeliveryEvent.incidentOpened(new EventKey("pager", "i1"), first.plus(Duration.ofHours(1)), "INC-1", "prod",
                        Optional.of("web"), Optional.of("d1")),
                DeliveryEvent.incidentResolved(new EventKey("pager", "i2"), first.plus(Duration.ofHours(5)), "INC-1",
                        Optional.empty())));

        DeliverySystemSection section = host.panel(host.admin, bet).getDeliverySystem();

        assertThat(section.isShown()).isTrue();
        assertThat(section.getFigures()).extracting(TextLine::getTextHtml).containsExactly(
                "Deployments: 2 in 90 days (0.16 a week)",
                "Change lead time: median 10.00 h, 85th percentile 10.00 h (1 changes)",
                "Issue lead time: no deployed item was moved to in progress",
                "Change fail rate: 50 % (1 of 2 deployments)",
                "Recovery time: median 4.00 h (1 recovered, 0 still open)",
                "Rework rate: 0 % (0 of 2 deployments unplanned)",
                "Services: web",
                "Definitions: semantics-11 (docs/semantics.md)");
        assertThat(section.getBars().getBars()).hasSize(13).filteredOn(WeeklyBars.Bar::isHasFailed).hasSize(1);
        assertThat(section.getBars().getLabelHtml()).startsWith("Production deployments per week over 13 weeks: 2 in all, 1 failed");
    }

    @Test
    void withoutDeploymentsTheSectionSaysSoAndAHostWithoutEventsHasNone() {
        Initiative bet = host.save(initiative("GROW-1").build());

        DeliverySystemSection section = host.panel(host.admin, bet).getDeliverySystem();
        InitiativePanelFactory without = new InitiativePanelFactory(host.world.app.gates(), host.world.app.evidence(),
                host.world.app.portfolio(), host.world.permissions, People.KEYS, host.world.app.trace(),
                host.world.app.contracts(), host.world.app.assumptions());

        assertThat(section.isHasFigures()).isFalse();
        assertThat(section.getEmptyHtml()).isEqualTo("No production deployments of this initiative’s work in the last 90 days.");
        assertThat(without.panel(new PanelRequest(host.admin, bet, PolicyParameters.defaults(), Locale.ENGLISH,
                host.today(), host.world.clock.zone(), "/jira")).getDeliverySystem().isShown()).isFalse();
    }

    @Test
    void figuresThatCannotBeReadLeaveTheRestOfThePanel() {
        Initiative bet = host.save(initiative("GROW-1").build());
        io.throughline.core.performance.DeliveryEvents failing = new io.throughline.core.performance.DeliveryEvents() {
            @Override
            public List<Boolean> append(List<DeliveryEvent> events) {
                throw new IllegalStateException("database down");
            }

            @Override
            public List<DeliveryEvent> relevant(Set<InitiativeKey> issues, Instant from, Instant to) {
                throw new IllegalStateException("database down");
            }

            @Override
            public List<DeliveryEvent> relevantToProjects(Set<String> projects, Instant from, Instant to) {
                throw new IllegalStateException("database down");
            }

            @Override
            public java.util.Map<String, Long> environments(Instant from, Instant to) {
                throw new IllegalStateException("database down");
            }

            @Override
            public boolean anyDeployment(Instant from, Instant to) {
                throw new IllegalStateException("database down");
            }
        };
        InitiativePanelFactory factory = new InitiativePanelFactory(host.world.app.gates(), host.world.app.evidence(),
                host.world.app.portfolio(), host.world.permissions, People.KEYS, host.world.app.trace(),
                host.world.app.contracts(), host.world.app.assumptions(),
                new io.throughline.core.performance.PerformanceService(failing, (user, group) -> true, host.world.app.trace(),
                        host.world.teams, host.world.clock, io.throughline.core.performance.DeliveryFigures.DEFAULT_PRODUCTION));

        InitiativePanel panel = factory.panel(new PanelRequest(host.admin, bet, PolicyParameters.defaults(), Locale.ENGLISH,
                host.today(), host.world.clock.zone(), "/jira"));

        assertThat(panel.getDeliverySystem().isShown()).isFalse();
        assertThat(panel.getKeyHtml()).isEqualTo("GROW-1");
    }
}
