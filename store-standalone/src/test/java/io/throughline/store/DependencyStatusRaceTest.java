package io.throughline.store;

import static io.throughline.core.contract.DependencyStatusesContract.T;
import static io.throughline.core.contract.DependencyStatusesContract.atRisk;
import static io.throughline.core.contract.DependencyStatusesContract.blocked;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.portfolio.StoredStatus;
import io.throughline.store.portfolio.AoDependencyStatuses;
import io.throughline.store.standalone.AoDatabase;
import java.time.Instant;
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
 * Two nodes (two connection pools and EntityManagers on one database) storing the same dependency's
 * status: the database keeps one row, the status computed last, whatever order the writes commit in. A
 * writer that loses the insert race gets the store's conflict and replaces again, as the refresh does.
 */
class DependencyStatusRaceTest {

    /** AO reads it at the start of every transaction. */
    private static final String ISOLATION = "ao.transaction.isolation.level";
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");
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
     * Node one has inserted its status and not committed when node two stores its own: node two waits on
     * the unique dependency id and, once node one commits, loses (at READ COMMITTED always; at SERIALIZABLE
     * the stand-alone store may instead run node two's transaction again, which then reads node one's row).
     * Node two's retry keeps the newer status, whichever of the two that is.
     */
    @ParameterizedTest
    @CsvSource({"H2, TRANSACTION_READ_COMMITTED, true", "H2, TRANSACTION_READ_COMMITTED, false",
                "POSTGRES, TRANSACTION_READ_COMMITTED, true", "POSTGRES, TRANSACTION_READ_COMMITTED, false",
                "H2, TRANSACTION_SERIALIZABLE, true", "POSTGRES, TRANSACTION_SERIALIZABLE, false"})
    void aStatusInsertedWhileAnotherNodeInsertsTheSameLosesAndItsRetryKeepsTheNewer(TestDatabases kind,
            String isolation, boolean secondIsNewer) throws Exception {
        System.setProperty(ISOLATION, isolation);
        open(kind);
        AoDependencyStatuses one = new AoDependencyStatuses(nodeOne.access());
        AoDependencyStatuses two = new AoDependencyStatuses(nodeTwo.access());
        Instant firstAt = secondIsNewer ? T : T.plusSeconds(5);
        Instant secondAt = secondIsNewer ? T.plusSeconds(5) : T;
        StoredStatus first = blocked(7, "GROW-1", firstAt);
        StoredStatus second = atRisk(7, "GROW-1", "DATA-7", secondAt);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        Future<?> slow = pool.submit(() -> nodeOne.access().inTransaction(() -> {
            one.replace(List.of(GROW_1), List.of(first), firstAt);
            written.countDown();
            await(commit);
            return null;
        }));
        assertThat(written.await(20, TimeUnit.SECONDS)).isTrue();
        Future<Optional<ThroughlineException.Conflict>> late = pool.submit(() -> {
            try {
                two.replace(List.of(GROW_1), List.of(second), secondAt);
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

        assertThat(waited).as("the second insert waited for the first one's unique id").isTrue();
        if (isolation.equals("TRANSACTION_READ_COMMITTED")) {
            assertThat(conflict).as("the second writer lost the insert").isPresent();
        }
        conflict.ifPresent(lost -> {
            assertThat(lost.problem()).isEqualTo(Message.of("throughline.portfolio.status-changed-meanwhile", "7"));
            two.replace(List.of(GROW_1), List.of(second), secondAt);
        });
        assertThat(one.all()).containsExactly(secondIsNewer ? second : first);
    }

    /** Both nodes write one dependency's status over and over, each newer than the last: one row, the newest. */
    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void twoNodesWritingOneDependencysStatusLeaveOneRowTheNewest(TestDatabases kind) throws Exception {
        open(kind);
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Integer>> nodes = new ArrayList<>();
        // Node one writes even seconds, node two odd ones, newest last on each: both end racing for the top.
        nodes.add(pool.submit(() -> writeAll(new AoDependencyStatuses(nodeOne.access()), 0, together)));
        nodes.add(pool.submit(() -> writeAll(new AoDependencyStatuses(nodeTwo.access()), 1, together)));
        int conflicts = 0;
        for (Future<Integer> node : nodes) {
            conflicts += node.get(2, TimeUnit.MINUTES);
        }

        assertThat(new AoDependencyStatuses(nodeOne.access()).all()).singleElement()
                .extracting(StoredStatus::computedAt).isEqualTo(T.plusSeconds(2L * WRITES - 1));
        assertThat(conflicts).isLessThanOrEqualTo(2 * WRITES);
    }

    private void open(TestDatabases kind) {
        nodeOne = kind.fresh();
        nodeTwo = AoDatabase.open(nodeOne.jdbcUrl(), kind == TestDatabases.H2 ? "sa" : "postgres", "");
    }

    private static int writeAll(AoDependencyStatuses store, int parity, CyclicBarrier together) throws Exception {
        int conflicts = 0;
        for (int i = 0; i < WRITES; i++) {
            together.await(30, TimeUnit.SECONDS);
            Instant at = T.plusSeconds(2L * i + parity);
            StoredStatus status = i % 2 == 0 ? blocked(7, "GROW-1", at) : atRisk(7, "GROW-1", "DATA-7", at);
            for (int attempt = 0; ; attempt++) {
                try {
                    store.replace(List.of(GROW_1), List.of(status), at);
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
