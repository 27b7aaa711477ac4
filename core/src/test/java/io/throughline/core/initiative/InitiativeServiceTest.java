package io.throughline.core.initiative;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.testing.RacingInitiatives;
import io.throughline.core.testing.TestWorld;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Creates and moves decided once: permission before existence, and a lost race is a conflict that records nothing. */
class InitiativeServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
    private static final InitiativeKey KEY = InitiativeKey.parse("GROW-1");

    private final UserRef pm = UserRef.of("pm.growth");
    private final UserRef reader = UserRef.of("reader");
    private final UserRef stranger = UserRef.of("stranger");
    private TestWorld world;
    private RacingInitiatives racing;
    private InitiativeService service;

    @BeforeEach
    void setUp() {
        world = new TestWorld(TODAY, Team.of("Growth"));
        world.permissions.edits(pm, "GROW");
        world.permissions.views(reader, "GROW");
        world.app.initiatives().create(pm, initiative(KEY.value()).build());
        racing = new RacingInitiatives(world.initiatives);
        service = new InitiativeService(racing, world.stages, List.of(racing, world.stages), world.permissions,
                world.clock, world.transactions, world.app.contracts());
    }

    @Test
    void createRecordsTheInitiativeAndItsFirstStage() {
        Initiative created = world.app.initiatives().create(pm, initiative("GROW-2").build());

        assertThat(world.initiatives.find(created.key())).contains(created);
        assertThat(world.stages.changesFor(created.key())).singleElement()
                .satisfies(change -> assertThat(change.to()).isEqualTo(Stage.BET));
    }

    @Test
    void createChecksPermissionFirstAndRefusesATakenAndAFreeKeyAlike() {
        for (UserRef refused : List.of(reader, stranger)) {
            Message taken = forbidden(() -> world.app.initiatives().create(refused, initiative("GROW-1").build()));
            Message free = forbidden(() -> world.app.initiatives().create(refused, initiative("GROW-777").build()));

            assertThat(taken).isEqualTo(free).isEqualTo(Message.of("throughline.error.cannot-create", "GROW"));
        }
        assertThat(world.initiatives.findAll()).extracting(Initiative::key).containsExactly(KEY);
    }

    @Test
    void creatingATakenKeyIsAConflictAndChangesNothing() {
        Initiative before = world.initiatives.find(KEY).orElseThrow();

        ThroughlineException.Conflict conflict = catchThrowableOfType(ThroughlineException.Conflict.class,
                () -> world.app.initiatives().create(pm, initiative(KEY.value()).summary("Overwritten?").build()));

        assertThat(conflict.problem()).isEqualTo(Message.of("throughline.initiative.exists", "GROW-1"));
        assertThat(world.initiatives.find(KEY)).contains(before);
        assertThat(world.stages.changesFor(KEY)).hasSize(1);
    }

    @Test
    void ofTwoMovesFromTheStageBothReadOnlyTheFirstIsRecorded() {
        service.recordStage(pm, KEY, Stage.BET, Stage.COMMITTED);

        ThroughlineException.Conflict conflict = catchThrowableOfType(ThroughlineException.Conflict.class,
                () -> service.recordStage(pm, KEY, Stage.BET, Stage.ABANDONED));

        assertThat(conflict.problem()).isEqualTo(Message.of("throughline.initiative.changed-meanwhile", "GROW-1"));
        assertThat(world.initiatives.find(KEY)).map(Initiative::stage).contains(Stage.COMMITTED);
        assertThat(world.stages.changesFor(KEY)).extracting(StageChange::to).containsExactly(Stage.BET, Stage.COMMITTED);
    }

    @Test
    void aMoveOvertakenBetweenItsReadAndItsWriteIsAConflictAndOnlyTheWinnerIsInTheHistory() {
        racing.overtakeNextWrite(() -> service.recordStage(pm, KEY, Stage.BET, Stage.COMMITTED));

        catchThrowableOfType(ThroughlineException.Conflict.class,
                () -> service.recordStage(pm, KEY, Stage.BET, Stage.ABANDONED));

        assertThat(world.initiatives.find(KEY)).map(Initiative::stage).contains(Stage.COMMITTED);
        assertThat(world.stages.changesFor(KEY)).extracting(StageChange::to).containsExactly(Stage.BET, Stage.COMMITTED);
    }

    @Test
    void aHostChangeRacingAFirstRecordingOfTheSameIssueIsAConflictNotAFailure() {
        Initiative fresh = initiative("GROW-5").build();
        racing.overtakeNextWrite(() -> world.initiatives.create(fresh));

        ThroughlineException.Conflict conflict = catchThrowableOfType(ThroughlineException.Conflict.class,
                () -> service.recordHostChange(pm, fresh));

        assertThat(conflict.problem().key()).isEqualTo("throughline.initiative.exists");
        assertThat(world.stages.changesFor(fresh.key())).isEmpty();
        assertThat(service.recordHostChange(pm, fresh)).isEqualTo(fresh);
    }

    @Test
    void aHostChangeRacingAnotherMoveIsAConflictAndRecordsNothing() {
        Initiative bet = world.initiatives.find(KEY).orElseThrow();
        racing.overtakeNextWrite(() -> world.initiatives.update(bet.withStage(Stage.ABANDONED), Stage.BET));

        catchThrowableOfType(ThroughlineException.Conflict.class,
                () -> service.recordHostChange(pm, bet.withStage(Stage.COMMITTED)));

        assertThat(world.initiatives.find(KEY)).map(Initiative::stage).contains(Stage.ABANDONED);
        assertThat(world.stages.changesFor(KEY)).extracting(StageChange::to).containsExactly(Stage.BET);
    }

    @Test
    void hostChangesAreOrderedByTheirOwnTimeAndARepeatChangesNothing() {
        Initiative bet = world.initiatives.find(KEY).orElseThrow();
        Instant committedAt = world.clock.now().plusSeconds(60);

        service.recordHostChange(pm, bet.withStage(Stage.COMMITTED), committedAt);
        service.recordHostChange(pm, bet.withStage(Stage.COMMITTED), committedAt);
        Initiative late = service.recordHostChange(pm, bet, committedAt.minusSeconds(30));

        assertThat(late.stage()).isEqualTo(Stage.COMMITTED);
        assertThat(world.initiatives.find(KEY)).map(Initiative::stage).contains(Stage.COMMITTED);
        assertThat(world.stages.changesFor(KEY)).extracting(StageChange::to, StageChange::at).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Stage.BET, world.clock.now()),
                org.assertj.core.groups.Tuple.tuple(Stage.COMMITTED, committedAt));
    }

    private static Message forbidden(Runnable create) {
        return catchThrowableOfType(ThroughlineException.Forbidden.class, create::run).problem();
    }
}
