package io.throughline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.DeliveryRollUp;
import io.throughline.core.trace.Progress;
import io.throughline.store.standalone.AoDatabase;
import io.throughline.store.trace.AoDeliveryRollUps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two nodes writing the same initiative's roll-up over and over, each over its own connection
 * pool: the database keeps one row, and it is the roll-up computed last, whatever order the writes
 * commit in. A writer that loses an insert race retries, as the core's roll-up service does.
 */
class RollUpRaceTest {

    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");
    private static final Instant T = Instant.parse("2026-12-01T08:00:00Z");
    private static final int WRITES = 40;

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void twoNodesWritingOneRollUpLeaveOneRowTheNewest(TestDatabases kind) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (AoDatabase nodeOne = kind.fresh();
             AoDatabase nodeTwo = AoDatabase.open(nodeOne.jdbcUrl(), kind == TestDatabases.H2 ? "sa" : "postgres", "")) {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Integer>> nodes = new ArrayList<>();
            // Node one writes even seconds, node two odd ones, newest last on each: both end racing for the top.
            nodes.add(pool.submit(() -> writeAll(new AoDeliveryRollUps(nodeOne.access()), 0, together)));
            nodes.add(pool.submit(() -> writeAll(new AoDeliveryRollUps(nodeTwo.access()), 1, together)));
            int conflicts = 0;
            for (Future<Integer> node : nodes) {
                conflicts += node.get(2, TimeUnit.MINUTES);
            }

            List<DeliveryRollUp> rows = new AoDeliveryRollUps(nodeOne.access()).findAll();
            assertThat(rows).singleElement().extracting(DeliveryRollUp::computedAt)
                    .isEqualTo(T.plusSeconds(2L * WRITES - 1));
            assertThat(conflicts).isLessThanOrEqualTo(2 * WRITES);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int writeAll(AoDeliveryRollUps store, int parity, CyclicBarrier together) throws Exception {
        int conflicts = 0;
        for (int i = 0; i < WRITES; i++) {
            together.await(30, TimeUnit.SECONDS);
            DeliveryRollUp rollUp = new DeliveryRollUp(GROW_1, new Team("Growth"),
                    Progress.of(i, 0, parity, Optional.empty()), Optional.empty(), false,
                    T.plusSeconds(2L * i + parity));
            for (int attempt = 0; ; attempt++) {
                try {
                    store.put(rollUp);
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
}
