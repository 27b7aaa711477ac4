package io.throughline.store;

import static io.throughline.core.contract.ScorecardLinesContract.MONDAY;
import static io.throughline.core.contract.ScorecardLinesContract.T;
import static io.throughline.core.contract.ScorecardLinesContract.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.scorecard.ScorecardLine;
import io.throughline.store.scorecard.AoScorecardLines;
import io.throughline.store.standalone.AoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two nodes (two connection pools and EntityManagers on one database) storing the same initiative's
 * line of the same day: the database keeps one row, the line computed last, whatever order the writes
 * commit in. A writer that loses the insert race gets the store's conflict and puts again, as the
 * scorecard's job does.
 */
class ScorecardRaceTest {

    /** AO reads it at the start of every transaction. */
    private static final String ISOLATION = "ao.transaction.isolation.level";
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final int WRITES = 40;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private AoDatabase nodeOne;
    private AoDatabase nodeTwo;

    @AfterEach
    void tearDown() throws InterruptedException {
        System.clearProperty(ISOLATION);
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        if (nodeTwo != null) {
            nodeTwo.close();
        }
        if (nodeOne != null) {
            nodeOne.close();
        }
    }

    /**
     * Node one has inserted its line and not committed when node two puts its own: node two waits on the
     * unique key and, once node one commits, loses (at READ COMMITTED always; at SERIALIZABLE the
     * stand-alone store may instead run node two's transaction again, which then reads node one's row).
     * Node two's retry keeps the newer line, whichever of the two that is.
     */
    @ParameterizedTest
    @CsvSource({"H2, TRANSACTION_READ_COMMITTED, true", "H2, TRANSACTION_READ_COMMITTED, false",
                "POSTGRES, TRANSACTION_READ_COMMITTED, true", "POSTGRES, TRANSACTION_READ_COMMITTED, false",
                "H2, TRANSACTION_SERIALIZABLE, true", "POSTGRES, TRANSACTION_SERIALIZABLE, false"})
    void aLineInsertedWhileAnotherNodeInsertsTheSameLosesAndItsRetryKeepsTheNewer(TestDatabases kind,
            String isolation, boolean secondIsNewer) throws Exception {
        System.setProperty(ISOLATION, isolation);
        open(kind);
        AoScorecardLines one = new AoScorecardLines(nodeOne.access());
        AoScorecardLines two = new AoScorecardLines(nodeTwo.access());
        ScorecardLine first = line("GROW-1", TUESDAY, secondIsNewer ? T : T.plusSeconds(5), 1);
        ScorecardLine second = line("GROW-1", TUESDAY, secondIsNewer ? T.plusSeconds(5) : T, 2);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        Future<?> slow = pool.submit(() -> nodeOne.access().inTransaction(() -> {
            one.put(first);
            written.countDown();
            await(commit);
            return null;
        }));
        assertThat(written.await(20, TimeUnit.SECONDS)).isTrue();
        Future<Optional<ThroughlineException.Conflict>> late = pool.submit(() -> {
            try {
                two.put(second);
                return Optional.empty();
            } catch (ThroughlineException.Conflict lost) {
                return Optional.of(lost);
            }
        });
        Thread.sleep(500);
        boolean waited = !late.isDone();
        commit.countDown();
        slow.get(20, TimeUnit.SECONDS);
        Optional<ThroughlineException.Conflict> conflict = late.get(20, TimeUnit.SECONDS);

        assertThat(waited).as("the second insert waited for the first one's unique key").isTrue();
        if (isolation.equals("TRANSACTION_READ_COMMITTED")) {
            assertThat(conflict).as("the second writer lost the insert").isPresent();
        }
        conflict.ifPresent(lost -> {
            assertThat(lost.problem()).isEqualTo(Message.of("throughline.scorecard.changed-meanwhile", "GROW-1"));
            two.put(second);
        });
        ScorecardLine newer = secondIsNewer ? second : first;
        assertThat(ScorecardStoreTest.rows(nodeOne)).hasSize(1);
        assertThat(one.asOf(TUESDAY)).containsExactly(newer);
    }

    /** Both nodes write the same day's line over and over, each newer than the last: one row, the newest. */
    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void twoNodesWritingOneDaysLineLeaveOneRowTheNewest(TestDatabases kind) throws Exception {
        open(kind);
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Integer>> nodes = new ArrayList<>();
        // Node one writes even seconds, node two odd ones, newest last on each: both end racing for the top.
        nodes.add(pool.submit(() -> writeAll(new AoScorecardLines(nodeOne.access()), 0, together)));
        nodes.add(pool.submit(() -> writeAll(new AoScorecardLines(nodeTwo.access()), 1, together)));
        int conflicts = 0;
        for (Future<Integer> node : nodes) {
            conflicts += node.get(2, TimeUnit.MINUTES);
        }

        assertThat(ScorecardStoreTest.rows(nodeOne)).hasSize(1);
        assertThat(new AoScorecardLines(nodeOne.access()).asOf(TUESDAY)).singleElement()
                .extracting(ScorecardLine::computedAt).isEqualTo(T.plusSeconds(2L * WRITES - 1));
        assertThat(conflicts).isLessThanOrEqualTo(2 * WRITES);
    }

    private void open(TestDatabases kind) {
        nodeOne = kind.fresh();
        nodeTwo = AoDatabase.open(nodeOne.jdbcUrl(), kind == TestDatabases.H2 ? "sa" : "postgres", "");
    }

    private static int writeAll(AoScorecardLines store, int parity, CyclicBarrier together) throws Exception {
        int conflicts = 0;
        for (int i = 0; i < WRITES; i++) {
            together.await(30, TimeUnit.SECONDS);
            ScorecardLine line = line("GROW-1", TUESDAY, T.plusSeconds(2L * i + parity), i);
            for (int attempt = 0; ; attempt++) {
                try {
                    store.put(line);
                    break;
                } catch (ThroughlineException.Conflict raced) {
                    conflicts++;
                    if (attempt == 10) {
                        throw raced;
                    }
                }
            }
        }
        return conflicts;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
