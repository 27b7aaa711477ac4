package io.throughline.store;

import static io.throughline.core.testing.DependencyBuilder.dependency;
import static io.throughline.core.testing.EvidenceBuilder.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.store.dependency.AoDependencies;
import io.throughline.store.evidence.AoEvidenceLedger;
import io.throughline.store.standalone.AoDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Writers racing on a real PostgreSQL server, through two "nodes" (two connection pools and two
 * AO EntityManagers on one database), as on a Jira Data Center cluster.
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final InitiativeKey KEY = InitiativeKey.parse("GROW-1");

    private final AoDatabase nodeOne = TestDatabases.POSTGRES.fresh();
    private final AoDatabase nodeTwo = AoDatabase.open(nodeOne.jdbcUrl(), "postgres", "");
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        nodeTwo.close();
        nodeOne.close();
    }

    @Test
    void eightThreadsAppendingFiveHundredEntriesEachLoseAndDuplicateNothing() throws Exception {
        int perThread = 500;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            AoEvidenceLedger ledger = new AoEvidenceLedger((t % 2 == 0 ? nodeOne : nodeTwo).access());
            String thread = "thread " + t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    ledger.append(evidence().on(KEY).observedOn(LocalDate.of(2026, 1, 1))
                            .summary(thread + " entry " + i).build());
                }
                return perThread;
            }));
        }
        start.countDown();
        for (Future<Integer> future : done) {
            future.get(120, TimeUnit.SECONDS);
        }

        List<EvidenceEntry> entries = new AoEvidenceLedger(nodeOne.access()).entriesFor(KEY);
        assertThat(entries).hasSize(THREADS * perThread);
        assertThat(entries.stream().map(EvidenceEntry::id).collect(Collectors.toSet())).hasSize(THREADS * perThread);
        assertThat(entries.stream().map(EvidenceEntry::summary).collect(Collectors.toSet())).hasSize(THREADS * perThread);
    }

    @Test
    void eightThreadsRacingToCommitOneDependencyLeaveExactlyOneWinner() throws Exception {
        Dependency requested = new AoDependencies(nodeOne.access()).create(dependency(1).request());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            AoDependencies repository = new AoDependencies((t % 2 == 0 ? nodeOne : nodeTwo).access());
            Dependency mine = requested.commit(UserRef.of("lead." + t), Instant.parse("2026-01-06T10:00:00Z"),
                    LocalDate.of(2026, 2, 1 + t));
            attempts.add(pool.submit(attempt(start, () -> repository.recordTransition(mine))));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> attempt : attempts) {
            won += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }

        Dependency stored = new AoDependencies(nodeTwo.access()).find(requested.id()).orElseThrow();
        assertThat(won).isEqualTo(1);
        assertThat(stored.state()).isEqualTo(DependencyState.COMMITTED);
        assertThat(stored.history()).hasSize(1);
    }

    @Test
    void eightAdminsReplacingTheInteractionTableFromOneVersionLeaveExactlyOneWinnersTable() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            io.throughline.store.interaction.AoInteractions repository =
                    new io.throughline.store.interaction.AoInteractions((t % 2 == 0 ? nodeOne : nodeTwo).access());
            List<io.throughline.core.interaction.Interaction> mine = List.of(new io.throughline.core.interaction.Interaction(
                    io.throughline.core.common.Team.of("Growth"), io.throughline.core.common.Team.of("Team " + t),
                    io.throughline.core.interaction.InteractionMode.COLLABORATION, t));
            attempts.add(pool.submit(attempt(start, () -> repository.replace(mine, 0))));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> attempt : attempts) {
            won += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }

        io.throughline.core.interaction.InteractionTable stored =
                new io.throughline.store.interaction.AoInteractions(nodeTwo.access()).table();
        assertThat(won).isEqualTo(1);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.pairs()).hasSize(1);
    }

    @Test
    void eightAdminsSavingSettingsFromOneVersionLeaveExactlyOneWinnersSettings() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            io.throughline.store.setting.AoSettings repository =
                    new io.throughline.store.setting.AoSettings((t % 2 == 0 ? nodeOne : nodeTwo).access());
            java.util.Map<io.throughline.core.setting.Setting, String> mine =
                    java.util.Map.of(io.throughline.core.setting.Setting.EVENT_SOURCE_GROUP, "bots-" + t);
            attempts.add(pool.submit(attempt(start, () -> repository.replace(mine, 0))));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> attempt : attempts) {
            won += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }

        io.throughline.core.setting.AppSettings stored = new io.throughline.store.setting.AoSettings(nodeTwo.access()).current();
        assertThat(won).isEqualTo(1);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.eventSourceGroup()).startsWith("bots-");
    }

    /** Runs the write after the start signal: true when it won, false when it lost with a conflict. */
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
}
