package io.throughline.store;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.ThroughlineException;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.Stage;
import io.throughline.store.initiative.AoInitiatives;
import io.throughline.store.standalone.AoDatabase;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The interleaving a compare-and-set exists for, forced: node two reads the initiative while node
 * one's move is written but not yet committed, so both have read the same version. The claim row
 * makes node two wait and then lose; without it, at READ COMMITTED (the database default, which
 * Jira's connections use unless configured otherwise) node two's update would overwrite node one's
 * move. Also at SERIALIZABLE, AO's own default outside Jira.
 */
class InitiativeRaceTest {

    /** AO reads it at the start of every transaction. */
    private static final String ISOLATION = "ao.transaction.isolation.level";

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private AoDatabase nodeOne;
    private AoDatabase nodeTwo;

    @AfterEach
    void tearDown() throws InterruptedException {
        System.clearProperty(ISOLATION);
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        nodeTwo.close();
        nodeOne.close();
    }

    @ParameterizedTest
    @CsvSource({"H2, TRANSACTION_READ_COMMITTED", "POSTGRES, TRANSACTION_READ_COMMITTED",
                "H2, TRANSACTION_SERIALIZABLE", "POSTGRES, TRANSACTION_SERIALIZABLE"})
    void aMoveFromAVersionAnotherNodeHasClaimedButNotCommittedLosesWhenThatCommits(TestDatabases kind,
            String isolation) throws Exception {
        System.setProperty(ISOLATION, isolation);
        nodeOne = kind.fresh();
        nodeTwo = AoDatabase.open(nodeOne.jdbcUrl(), kind == TestDatabases.H2 ? "sa" : "postgres", "");
        AoInitiatives one = new AoInitiatives(nodeOne.access());
        AoInitiatives two = new AoInitiatives(nodeTwo.access());
        Initiative bet = initiative("GROW-1").build();
        one.create(bet);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        Future<?> first = pool.submit(() -> nodeOne.access().inTransaction(() -> {
            one.update(bet.withStage(Stage.COMMITTED), Stage.BET);
            written.countDown();
            await(commit);
            return null;
        }));
        assertThat(written.await(20, TimeUnit.SECONDS)).isTrue();
        Future<Boolean> second = pool.submit(() -> {
            try {
                two.update(bet.withStage(Stage.ABANDONED), Stage.BET);
                return true;
            } catch (ThroughlineException.Conflict lost) {
                return false;
            }
        });
        Thread.sleep(500);
        boolean secondWaited = !second.isDone();
        commit.countDown();
        first.get(20, TimeUnit.SECONDS);

        assertThat(second.get(20, TimeUnit.SECONDS)).as("the second writer won").isFalse();
        assertThat(secondWaited).as("the second writer waited for the first one's claim").isTrue();
        assertThat(two.find(bet.key())).map(Initiative::stage).contains(Stage.COMMITTED);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
