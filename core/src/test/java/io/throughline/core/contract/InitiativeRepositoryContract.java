package io.throughline.core.contract;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.ThroughlineException;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link InitiativeRepository} must do; each implementation runs this suite. */
public abstract class InitiativeRepositoryContract {

    private InitiativeRepository repository;

    /** A fresh, empty repository for each test. */
    protected abstract InitiativeRepository newRepository();

    @BeforeEach
    void createRepository() {
        repository = newRepository();
    }

    @Test
    void savedInitiativeIsFoundWithEveryField() {
        Initiative saved = initiative("GROW-7").summary("Onboarding “checklist” — für alle <admins>")
                .team("Growth").stage(Stage.COMMITTED).owner("JIRAUSER10100")
                .metric("p95 checkout latency: 900 ms → 400 ms").horizon(LocalDate.of(2026, 6, 30)).build();

        repository.save(saved);

        assertThat(repository.find(InitiativeKey.parse("GROW-7"))).contains(saved);
    }

    @Test
    void optionalFieldsMayBeAbsent() {
        Initiative bare = initiative("GROW-8").owner(null).metric(null).horizon(null).build();

        repository.save(bare);

        assertThat(repository.find(bare.key())).contains(bare);
    }

    @Test
    void savingAgainReplacesTheInitiative() {
        repository.save(initiative("GROW-1").summary("First").build());
        Initiative second = initiative("GROW-1").summary("Second").stage(Stage.DELIVERING).owner(null).build();

        repository.save(second);

        assertThat(repository.find(second.key())).contains(second);
        assertThat(repository.findAll()).hasSize(1);
    }

    @Test
    void findAllReturnsEveryInitiativeInKeyOrder() {
        repository.save(initiative("GROW-10").build());
        repository.save(initiative("DATA-3").team("Data").build());
        repository.save(initiative("GROW-2").build());

        assertThat(repository.findAll()).extracting(i -> i.key().value())
                .containsExactly("DATA-3", "GROW-2", "GROW-10");
    }

    @Test
    void initiativesAreFoundByKeysTogetherInKeyOrder() {
        repository.save(initiative("GROW-10").build());
        repository.save(initiative("DATA-3").team("Data").build());
        repository.save(initiative("GROW-2").build());

        assertThat(repository.findByKeys(java.util.List.of(io.throughline.core.initiative.InitiativeKey.parse("GROW-10"),
                io.throughline.core.initiative.InitiativeKey.parse("NONE-1"),
                io.throughline.core.initiative.InitiativeKey.parse("GROW-2"))))
                .extracting(i -> i.key().value()).containsExactly("GROW-2", "GROW-10");
        assertThat(repository.findByKeys(java.util.List.of())).isEmpty();
    }

    @Test
    void rekeyMovesTheCopyAndAnExistingCopyUnderTheNewKeyWins() {
        repository.save(initiative("GROW-1").summary("Moved").build());
        repository.save(initiative("GROW-2").summary("Already there").build());
        repository.save(initiative("OPS-2").summary("Newer copy").team("Ops").build());

        repository.rekey(InitiativeKey.parse("GROW-1"), InitiativeKey.parse("OPS-1"));
        repository.rekey(InitiativeKey.parse("GROW-2"), InitiativeKey.parse("OPS-2"));
        repository.rekey(InitiativeKey.parse("GROW-1"), InitiativeKey.parse("OPS-1"));

        assertThat(repository.findAll()).extracting(i -> i.key().value(), Initiative::summary).containsExactly(
                org.assertj.core.groups.Tuple.tuple("OPS-1", "Moved"),
                org.assertj.core.groups.Tuple.tuple("OPS-2", "Newer copy"));
    }

    @Test
    void unknownKeyIsEmpty() {
        assertThat(repository.find(InitiativeKey.parse("NOPE-1"))).isEmpty();
        assertThat(repository.findAll()).isEmpty();
    }

    @Test
    void createInsertsANewInitiativeWithEveryField() {
        Initiative created = initiative("GROW-3").stage(Stage.BET).owner("pm.growth")
                .metric("Activation rate: 22% -> 30%").horizon(LocalDate.of(2026, 6, 30)).build();

        repository.create(created);

        assertThat(repository.find(created.key())).contains(created);
    }

    @Test
    void creatingATakenKeyIsAConflictAndKeepsTheFirst() {
        Initiative first = initiative("GROW-3").summary("First").build();
        repository.create(first);

        assertThatThrownBy(() -> repository.create(initiative("GROW-3").summary("Second").build()))
                .isInstanceOfSatisfying(ThroughlineException.Conflict.class,
                        conflict -> assertThat(conflict.problem().key()).isEqualTo("throughline.initiative.exists"));
        assertThat(repository.find(first.key())).contains(first);
        assertThat(repository.findAll()).hasSize(1);
    }

    @Test
    void updateReplacesTheCopyWhileItsStageIsTheOneRead() {
        repository.create(initiative("GROW-1").summary("First").build());
        Initiative edited = initiative("GROW-1").summary("Edited").owner(null).build();
        Initiative moved = edited.withStage(Stage.COMMITTED);

        repository.update(edited, Stage.BET);
        repository.update(moved, Stage.BET);

        assertThat(repository.find(moved.key())).contains(moved);
    }

    @Test
    void ofTwoWritersWhoReadTheSameStageTheSecondIsAConflictAndChangesNothing() {
        Initiative bet = initiative("GROW-1").build();
        repository.create(bet);

        repository.update(bet.withStage(Stage.COMMITTED), Stage.BET);

        assertThatThrownBy(() -> repository.update(bet.withStage(Stage.ABANDONED), Stage.BET))
                .isInstanceOfSatisfying(ThroughlineException.Conflict.class, conflict ->
                        assertThat(conflict.problem().key()).isEqualTo("throughline.initiative.changed-meanwhile"));
        assertThat(repository.find(bet.key())).map(Initiative::stage).contains(Stage.COMMITTED);
    }

    @Test
    void updatingAnInitiativeTheStoreDoesNotHaveIsNotFound() {
        assertThatThrownBy(() -> repository.update(initiative("GROW-404").build(), Stage.BET))
                .isInstanceOf(ThroughlineException.NotFound.class);
        assertThat(repository.findAll()).isEmpty();
    }

    @Test
    void aRekeyedInitiativeKeepsItsCompareAndSetUnderTheNewKey() {
        repository.create(initiative("GROW-1").build());
        repository.rekey(InitiativeKey.parse("GROW-1"), InitiativeKey.parse("OPS-1"));
        Initiative renamed = initiative("OPS-1").build();

        repository.update(renamed.withStage(Stage.COMMITTED), Stage.BET);

        assertThatThrownBy(() -> repository.update(renamed.withStage(Stage.ABANDONED), Stage.BET))
                .isInstanceOf(ThroughlineException.Conflict.class);
        assertThat(repository.find(renamed.key())).map(Initiative::stage).contains(Stage.COMMITTED);
    }

    /** Released together, many times over: whatever the interleaving, one move wins and one conflicts. */
    @Test
    void twoWritersMovingFromTheSameStageAtOnceLeaveExactlyOneWinner() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 10; round++) {
                Initiative bet = initiative("GROW-" + round).build();
                repository.create(bet);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> writers = List.of(
                        threads.submit(attempt(start, () -> repository.update(bet.withStage(Stage.COMMITTED), Stage.BET))),
                        threads.submit(attempt(start, () -> repository.update(bet.withStage(Stage.ABANDONED), Stage.BET))));
                start.countDown();

                List<Boolean> won = outcomes(writers);
                assertThat(won).as("round %d", round).containsExactlyInAnyOrder(true, false);
                Stage winner = won.get(0) ? Stage.COMMITTED : Stage.ABANDONED;
                assertThat(repository.find(bet.key())).map(Initiative::stage).as("round %d", round).contains(winner);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void fourWritersCreatingOneKeyAtOnceLeaveExactlyOneWinner() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int round = 1; round <= 5; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> writers = new ArrayList<>();
                for (int writer = 0; writer < 4; writer++) {
                    Initiative mine = initiative("GROW-" + round).summary("Writer " + writer).build();
                    writers.add(threads.submit(attempt(start, () -> repository.create(mine))));
                }
                start.countDown();

                List<Boolean> won = outcomes(writers);
                assertThat(won).as("round %d", round).containsExactlyInAnyOrder(true, false, false, false);
                assertThat(repository.find(InitiativeKey.parse("GROW-" + round))).map(Initiative::summary)
                        .contains("Writer " + won.indexOf(true));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Runs the write after the start signal: true when it went through, false when it lost with a conflict. */
    private static Callable<Boolean> attempt(CountDownLatch start, Runnable write) {
        return () -> {
            start.await();
            try {
                write.run();
                return true;
            } catch (ThroughlineException.Conflict lost) {
                return false;
            }
        };
    }

    private static List<Boolean> outcomes(List<Future<Boolean>> writers) throws Exception {
        List<Boolean> won = new ArrayList<>();
        for (Future<Boolean> writer : writers) {
            won.add(writer.get(30, TimeUnit.SECONDS));
        }
        return won;
    }
}
