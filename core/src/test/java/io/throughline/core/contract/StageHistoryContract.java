package io.throughline.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageChange;
import io.throughline.core.initiative.StageHistory;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link StageHistory} must do. */
public abstract class StageHistoryContract {

    private static final InitiativeKey A = InitiativeKey.parse("GROW-1");
    private static final InitiativeKey B = InitiativeKey.parse("DATA-2");
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00.123Z");

    private StageHistory history;

    protected abstract StageHistory newHistory();

    @BeforeEach
    void createHistory() {
        history = newHistory();
    }

    @Test
    void changesComeBackOldestFirstWithWhoAndWhen() {
        StageChange created = change(A, null, Stage.BET, 0);
        StageChange committed = change(A, Stage.BET, Stage.COMMITTED, 3);
        StageChange delivering = change(A, Stage.COMMITTED, Stage.DELIVERING, 9);
        history.record(created);
        history.record(change(B, null, Stage.BET, 1));
        history.record(committed);
        history.record(delivering);

        assertThat(history.changesFor(A)).containsExactly(created, committed, delivering);
    }

    @Test
    void firstCommitmentIsTheEarliestEntryIntoACommittedStage() {
        history.record(change(A, null, Stage.BET, 0));
        history.record(change(A, Stage.BET, Stage.COMMITTED, 2));
        history.record(change(A, Stage.COMMITTED, Stage.BET, 4));
        history.record(change(A, Stage.BET, Stage.DELIVERING, 6));
        history.record(change(B, null, Stage.BET, 1));

        assertThat(history.firstCommitments()).containsExactlyEntriesOf(java.util.Map.of(A, T0.plusSeconds(2 * 86_400)));
    }

    @Test
    void firstCommitmentsOfSomeInitiativesAreTheirsOnly() {
        history.record(change(A, null, Stage.COMMITTED, 2));
        history.record(change(A, Stage.COMMITTED, Stage.DELIVERING, 3));
        history.record(change(B, null, Stage.BET, 1));
        history.record(change(B, Stage.BET, Stage.COMMITTED, 4));

        assertThat(history.firstCommitments(java.util.List.of(A))).containsExactlyEntriesOf(
                java.util.Map.of(A, T0.plusSeconds(2 * 86_400)));
        assertThat(history.firstCommitments(java.util.List.of(A, B)))
                .containsEntry(B, T0.plusSeconds(4 * 86_400)).hasSize(2);
        assertThat(history.firstCommitments(java.util.List.of())).isEmpty();
    }

    @Test
    void initiativeCreatedAlreadyCommittedCountsFromCreation() {
        history.record(change(B, null, Stage.COMMITTED, 5));

        assertThat(history.firstCommitments()).containsEntry(B, T0.plusSeconds(5 * 86_400));
    }

    @Test
    void historyFollowsTheInitiativeToItsNewKey() {
        history.record(change(A, null, Stage.BET, 0));
        history.record(change(A, Stage.BET, Stage.COMMITTED, 2));
        history.record(change(B, null, Stage.BET, 1));

        history.rekey(A, InitiativeKey.parse("OPS-4"));

        assertThat(history.changesFor(A)).isEmpty();
        assertThat(history.changesFor(InitiativeKey.parse("OPS-4"))).extracting(StageChange::to)
                .containsExactly(Stage.BET, Stage.COMMITTED);
        assertThat(history.firstCommitments()).containsOnlyKeys(InitiativeKey.parse("OPS-4"));
        assertThat(history.changesFor(B)).hasSize(1);
    }

    @Test
    void changesSinceAMomentAreEveryInitiativesFromThatMomentOnOldestFirst() {
        StageChange early = change(A, null, Stage.BET, 0);
        StageChange atTheMoment = change(B, null, Stage.BET, 2);
        StageChange committed = change(A, Stage.BET, Stage.COMMITTED, 3);
        StageChange sameMoment = change(B, Stage.BET, Stage.COMMITTED, 3);
        StageChange late = change(A, Stage.COMMITTED, Stage.DELIVERING, 9);
        history.record(early);
        history.record(late);
        history.record(atTheMoment);
        history.record(committed);
        history.record(sameMoment);

        assertThat(history.changesSince(T0.plusSeconds(2 * 86_400L)))
                .containsExactly(atTheMoment, committed, sameMoment, late);
        assertThat(history.changesSince(T0.plusSeconds(2 * 86_400L).plusMillis(1)))
                .containsExactly(committed, sameMoment, late);
        assertThat(history.changesSince(T0.plusSeconds(10 * 86_400L))).isEmpty();
    }

    @Test
    void unknownInitiativeHasNoHistory() {
        assertThat(history.changesFor(A)).isEmpty();
        assertThat(history.firstCommitments()).isEmpty();
    }

    private static StageChange change(InitiativeKey key, Stage from, Stage to, int day) {
        return new StageChange(key, Optional.ofNullable(from), to, UserRef.of("pm.growth"),
                T0.plusSeconds(day * 86_400L));
    }
}
