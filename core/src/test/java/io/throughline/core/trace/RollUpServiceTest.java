package io.throughline.core.trace;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static io.throughline.core.trace.StatusCategory.DONE;
import static io.throughline.core.trace.StatusCategory.IN_PROGRESS;
import static io.throughline.core.trace.StatusCategory.TO_DO;
import static io.throughline.core.trace.TraceVia.EPIC;
import static io.throughline.core.trace.TraceVia.LINK;
import static io.throughline.core.trace.TraceVia.SUBTASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.InMemoryRollUps;
import io.throughline.core.testing.TestWorld;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RollUpServiceTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");
    private static final InitiativeKey DATA_1 = InitiativeKey.parse("DATA-1");

    private final TestWorld world = new TestWorld(LocalDate.of(2026, 12, 1), Team.of("Growth"), Team.of("Data"));
    private final UserRef pm = UserRef.of("pm.growth");

    RollUpServiceTest() {
        world.initiatives.save(initiative("GROW-1").team("Growth").build());
        world.initiatives.save(initiative("DATA-1").team("Data").build());
        world.permissions.views(pm, "GROW", "IDN");
        // GROW-1 ← epic GROW-10 ← story GROW-11 ← sub-task GROW-12; the epic also delivers DATA-1.
        world.delivery.issue("GROW-10", "Epic", "Growth", IN_PROGRESS, null, T)
                .issue("GROW-11", "Story", "Growth", DONE, 3, T.plusSeconds(60))
                .issue("GROW-12", "Sub-task", "Growth", TO_DO, null, T)
                .issue("IDN-5", "Story", "Identity", TO_DO, 5, T.plusSeconds(120))
                .edge("GROW-1", "GROW-10", LINK).edge("DATA-1", "GROW-10", LINK)
                .edge("GROW-10", "GROW-11", EPIC).edge("GROW-11", "GROW-12", SUBTASK)
                .edge("GROW-1", "IDN-5", LINK)
                .hideProject("IDN");
    }

    private RollUpService service() {
        return world.app.rollUps();
    }

    @Test
    void aRollUpCountsAllTheWorkEvenWhatNoViewerMayBrowse() {
        DeliveryRollUp rollUp = service().refresh(GROW_1).orElseThrow();

        // IDN-5 is hidden from every viewer's trace but counts in the aggregate.
        assertThat(world.app.trace().trace(pm, GROW_1).progress().items()).isEqualTo(3);
        assertThat(rollUp.progress()).extracting(Progress::items, Progress::toDo, Progress::inProgress, Progress::done)
                .containsExactly(4, 2, 1, 1);
        assertThat(rollUp.team()).isEqualTo(Team.of("Growth"));
        assertThat(rollUp.lastActivity()).contains(T.plusSeconds(120));
        assertThat(rollUp.computedAt()).isEqualTo(world.clock.now());
        assertThat(world.rollUps.find(GROW_1)).contains(rollUp);
    }

    @Test
    void aChangeDeepInATraceWalksUpToEveryInitiativeAboveIt() {
        world.delivery.move("GROW-12", DONE, T.plusSeconds(600));

        List<InitiativeKey> refreshed = service().issueChanged(InitiativeKey.parse("GROW-12"));

        // sub-task → story → epic → both initiatives the epic delivers
        assertThat(refreshed).containsExactlyInAnyOrder(GROW_1, DATA_1);
        assertThat(world.rollUps.find(DATA_1).orElseThrow().progress().done()).isEqualTo(2);
        assertThat(world.rollUps.find(GROW_1).orElseThrow().lastActivity()).contains(T.plusSeconds(600));
    }

    @Test
    void theWalkUpIsBoundedAndAChangeOutsideEveryTraceRefreshesNothing() {
        world.delivery.issue("OPS-1", "Task", "Growth", TO_DO, null, T);
        int before = world.delivery.searches();

        assertThat(service().issueChanged(InitiativeKey.parse("OPS-1"))).isEmpty();
        assertThat(world.delivery.searches() - before).isEqualTo(1);
        assertThat(world.rollUps.writes()).isZero();

        // A chain longer than the walk: an issue five levels below GROW-1 does not reach it.
        world.delivery.issue("GROW-13", "Sub-task", "Growth", TO_DO, null, T)
                .issue("GROW-14", "Sub-task", "Growth", TO_DO, null, T)
                .edge("GROW-12", "GROW-13", SUBTASK).edge("GROW-13", "GROW-14", SUBTASK);
        assertThat(service().issueChanged(InitiativeKey.parse("GROW-13"))).containsExactlyInAnyOrder(GROW_1, DATA_1);
        assertThat(service().issueChanged(InitiativeKey.parse("GROW-14"))).isEmpty();
    }

    @Test
    void aChangeToAnInitiativeRefreshesItsOwnRollUp() {
        assertThat(service().issueChanged(GROW_1)).containsExactly(GROW_1);
    }

    @Test
    void reconcileRecomputesEveryInitiativeAndForgetsRollUpsOfUnknownOnes() {
        world.rollUps.put(new DeliveryRollUp(InitiativeKey.parse("GONE-1"), Team.of("Growth"),
                Progress.of(1, 0, 0, Optional.empty()), Optional.empty(), false, T));

        RollUpService.Reconciliation done = service().reconcile();

        assertThat(done).isEqualTo(new RollUpService.Reconciliation(2, 1, List.of()));
        assertThat(world.rollUps.findAll()).extracting(r -> r.initiative().value()).containsExactly("DATA-1", "GROW-1");
    }

    @Test
    void reconcileGoesOnPastAnInitiativeWhoseWorkCannotBeRead() {
        world.initiatives.save(initiative("GROW-2").team("Growth").build());
        world.delivery.failFor("GROW-2");

        RollUpService.Reconciliation done = service().reconcile();

        assertThat(done.refreshed()).isEqualTo(2);
        assertThat(done.failed()).containsExactly(InitiativeKey.parse("GROW-2"));
        assertThat(world.rollUps.find(GROW_1)).isPresent();
    }

    @Test
    void aWriteThatLostARaceIsTriedOnceMoreAndTheNewerRollUpStays() {
        RacingRollUps racing = new RacingRollUps(1);
        RollUpService service = new RollUpService(world.initiatives, world.permissions, world.teams,
                world.app.trace(), world.delivery, racing, world.clock, world.transactions);

        assertThat(service.refresh(GROW_1)).isPresent();
        assertThat(racing.attempts).isEqualTo(2);
        assertThat(racing.find(GROW_1)).isPresent();

        RacingRollUps always = new RacingRollUps(2);
        RollUpService losing = new RollUpService(world.initiatives, world.permissions, world.teams,
                world.app.trace(), world.delivery, always, world.clock, world.transactions);
        assertThatThrownBy(() -> losing.refresh(GROW_1)).isInstanceOf(ThroughlineException.Conflict.class);
    }

    @Test
    void theStoredRollUpIsReadOnlyByThoseWhoMaySeeTheInitiative() {
        service().refresh(GROW_1);

        assertThat(service().forInitiative(pm, GROW_1)).isPresent();
        assertThatThrownBy(() -> service().forInitiative(pm, DATA_1)).isInstanceOf(ThroughlineException.NotFound.class);
        assertThatThrownBy(() -> service().forInitiative(UserRef.of("stranger"), GROW_1))
                .isInstanceOf(ThroughlineException.NotFound.class);
    }

    @Test
    void thePortfolioShowsTheRollUpsOfVisibleInitiativesOfTheTeamsAsked() {
        UserRef lead = world.admin("ops.lead");
        service().reconcile();

        assertThat(service().portfolio(lead, Set.of()).initiatives()).extracting(r -> r.initiative().value())
                .containsExactly("DATA-1", "GROW-1");
        assertThat(service().portfolio(lead, Set.of(Team.of("data"))).initiatives())
                .extracting(r -> r.initiative().value(), r -> r.team().name()).containsExactly(tuple("DATA-1", "Data"));
        // pm.growth may browse GROW and IDN only: DATA-1's roll-up is not theirs to see.
        assertThat(service().portfolio(pm, Set.of()).initiatives()).extracting(r -> r.initiative().value())
                .containsExactly("GROW-1");
        assertThatThrownBy(() -> service().portfolio(lead, Set.of(Team.of("Nobody"))))
                .isInstanceOfSatisfying(ThroughlineException.InvalidInput.class, invalid -> assertThat(invalid.errors())
                        .extracting(e -> e.field()).containsExactly(RollUpService.TEAMS));
    }

    /** Roll-ups whose first {@code losses} puts lose an insert race, as a second node would make them. */
    private static final class RacingRollUps implements DeliveryRollUps {
        private final InMemoryRollUps stored = new InMemoryRollUps();
        private final int losses;
        int attempts;

        RacingRollUps(int losses) {
            this.losses = losses;
        }

        @Override
        public void put(DeliveryRollUp rollUp) {
            if (++attempts <= losses) {
                throw DeliveryRollUps.raced(rollUp.initiative());
            }
            stored.put(rollUp);
        }

        @Override
        public Optional<DeliveryRollUp> find(InitiativeKey initiative) {
            return stored.find(initiative);
        }

        @Override
        public List<DeliveryRollUp> findAll() {
            return stored.findAll();
        }

        @Override
        public void remove(InitiativeKey initiative) {
            stored.remove(initiative);
        }

        @Override
        public void rekey(InitiativeKey from, InitiativeKey to) {
            stored.rekey(from, to);
        }
    }
}
