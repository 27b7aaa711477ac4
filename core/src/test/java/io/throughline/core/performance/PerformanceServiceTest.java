package io.throughline.core.performance;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.TestWorld;
import io.throughline.core.trace.StatusCategory;
import io.throughline.core.trace.TraceVia;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Posting events and reading an initiative's figures: who may, over which window, attributed through the trace. */
class PerformanceServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");

    private final TestWorld world = new TestWorld(TODAY, Team.of("Growth"));
    private final UserRef admin = world.admin("ops.lead");
    private final UserRef bot = UserRef.of("ci.bot");
    private Instant started;

    @BeforeEach
    void portfolio() {
        world.permissions.poster(bot);
        world.app.initiatives().save(admin, initiative("GROW-1").team("Growth").build());
        Instant updated = world.clock.now().minus(Duration.ofDays(3));
        started = updated.minusSeconds(3600);
        world.delivery.issue("GROW-11", "Story", "Growth", StatusCategory.IN_PROGRESS, 3, updated)
                .edge("GROW-1", "GROW-11", TraceVia.LINK);
    }

    private DeliveryEvent deploy(String id, Instant at, String issue) {
        return DeliveryEvent.deployment(new EventKey("ci", id), at, "web", "prod", Set.of(InitiativeKey.parse(issue)),
                List.of(), false, Set.of());
    }

    @Test
    void aToolAccountPostsEventsOnceAndTheFiguresAttributeThemThroughTheTrace() {
        Instant shipped = started.plus(Duration.ofHours(6));
        List<DeliveryEvent> batch = List.of(deploy("d1", shipped, "GROW-11"), deploy("d2", shipped.plusSeconds(60), "PAY-1"));

        assertThat(world.app.performance().record(bot, batch)).containsExactly(true, true);
        assertThat(world.app.performance().record(bot, batch)).containsExactly(false, false);

        DeliveryPerformance figures = world.app.performance().forInitiative(admin, GROW_1, 90);
        assertThat(figures.deployments()).isEqualTo(1);
        assertThat(figures.issueLeadTime()).isEqualTo(
                new DeliveryPerformance.Durations(new BigDecimal("6.00"), new BigDecimal("6.00"), 1));
        assertThat(figures.window()).isEqualTo(Window.last(90, world.clock.now()));
    }

    @Test
    void aTeamsFiguresCountTheDeploymentsNamingIssuesOfItsProjects() {
        world.teams.projects(Team.of("Growth"), "GROW");
        Instant at = world.clock.now().minus(Duration.ofDays(2));
        world.app.performance().record(bot, List.of(deploy("d1", at, "GROW-77"), deploy("d2", at.plusSeconds(60), "PAY-1"),
                deploy("d3", at.plusSeconds(120), "GROW-1")));

        DeliveryPerformance growth = world.app.performance().forTeam(admin, " growth ", 30);

        assertThat(growth.deployments()).isEqualTo(2);
        assertThat(growth.issueLeadTime().n()).isZero();
        assertThatThrownBy(() -> world.app.performance().forTeam(admin, "Nobody", 30))
                .isInstanceOf(ThroughlineException.NotFound.class);
        assertThatThrownBy(() -> world.app.performance().forTeam(admin, "Growth", 400))
                .isInstanceOf(ThroughlineException.InvalidInput.class);
    }

    @Test
    void theProductionSettingDecidesWhichEnvironmentsCountInEveryWindowAtOnce() {
        Instant at = started.plus(Duration.ofHours(2));
        world.app.performance().record(bot, List.of(deploy("d1", at, "GROW-11"),
                DeliveryEvent.deployment(new EventKey("ci", "d2"), at.plusSeconds(60), "web", "live-eu",
                        Set.of(InitiativeKey.parse("GROW-11")), List.of(), false, Set.of())));
        assertThat(world.app.performance().forInitiative(admin, GROW_1, 90).deployments()).isEqualTo(1);

        world.app.settings().change(java.util.Map.of("productionPattern", "live-.*"), java.util.OptionalLong.empty());

        DeliveryPerformance after = world.app.performance().forInitiative(admin, GROW_1, 90);
        assertThat(after.deployments()).isEqualTo(1);
        assertThat(after.issueLeadTime().medianHours()).isEqualByComparingTo("2.02");
    }

    @Test
    void theEnvironmentsSeenSayWhichTheProductionSettingCountsTheMostUsedFirst() {
        Instant at = world.clock.now().minus(Duration.ofDays(5));
        world.app.performance().record(bot, List.of(deploy("d1", at, "GROW-11"), deploy("d2", at.plusSeconds(1), "PAY-1"),
                DeliveryEvent.deployment(new EventKey("ci", "s1"), at, "web", "staging", Set.of(), List.of(), false, Set.of()),
                DeliveryEvent.deployment(new EventKey("ci", "s2"), at.minus(Duration.ofDays(40)), "web", "live-eu",
                        Set.of(), List.of(), false, Set.of())));

        assertThat(world.app.performance().environments(30)).containsExactly(
                new EnvironmentSeen("prod", 2, true), new EnvironmentSeen("staging", 1, false));
        world.app.settings().change(java.util.Map.of("productionPattern", "live-.*|staging"), java.util.OptionalLong.empty());
        assertThat(world.app.performance().environments(90)).containsExactly(new EnvironmentSeen("prod", 2, false),
                new EnvironmentSeen("live-eu", 1, true), new EnvironmentSeen("staging", 1, true));
        assertThatThrownBy(() -> world.app.performance().environments(3))
                .isInstanceOf(ThroughlineException.InvalidInput.class);
    }

    @Test
    void onlyAdminsAndTheEventSourceGroupMayPostAndARefusalStoresNothing() {
        assertThatThrownBy(() -> world.app.performance().record(UserRef.of("pm.growth"),
                List.of(deploy("d1", world.clock.now(), "GROW-1"))))
                .isInstanceOf(ThroughlineException.Forbidden.class);
        assertThat(world.events.size()).isZero();
        assertThat(world.app.performance().record(admin, List.of(deploy("d1", world.clock.now(), "GROW-1"))))
                .containsExactly(true);
    }

    @Test
    void figuresAreReadLikeTheInitiativeOverSevenTo365Days() {
        assertThatThrownBy(() -> world.app.performance().forInitiative(bot, GROW_1, 90))
                .as("the tool account browses nothing").isInstanceOf(ThroughlineException.NotFound.class);
        for (int days : new int[] {6, 366, 0, -1}) {
            ThroughlineException.InvalidInput refusal = catchThrowableOfType(ThroughlineException.InvalidInput.class,
                    () -> world.app.performance().forInitiative(admin, GROW_1, days));
            assertThat(refusal.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("days"));
        }
        assertThat(world.app.performance().forInitiative(admin, GROW_1, 7).window().days()).isEqualTo(7);
        assertThat(world.app.performance().forInitiative(admin, GROW_1, 365).deployments()).isZero();
    }
}
