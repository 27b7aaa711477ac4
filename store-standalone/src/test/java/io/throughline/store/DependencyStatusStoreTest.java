package io.throughline.store;

import static io.throughline.core.contract.DependencyStatusesContract.T;
import static io.throughline.core.contract.DependencyStatusesContract.atRisk;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.portfolio.PortfolioStatus;
import io.throughline.core.portfolio.StoredStatus;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.store.portfolio.AoDependencyStatuses;
import io.throughline.store.standalone.AoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The stored statuses' statement counts on a real database: reading them all is one statement whatever
 * their number; a portfolio view over them and a refresh after a write cost the same for a small
 * portfolio as for a large one.
 */
class DependencyStatusStoreTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
    private static final Team[] TEAMS = {Team.of("Growth"), Team.of("Identity"), Team.of("Data"), Team.of("Billing")};

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void everyStatusIsReadInOneStatementWhateverTheirNumber(TestDatabases kind) {
        try (AoDatabase db = kind.fresh()) {
            AoDependencyStatuses statuses = new AoDependencyStatuses(db.access());
            long[] statements = new long[2];
            int[] sizes = {10, 3_000};
            int made = 0;
            for (int round = 0; round < sizes.length; round++) {
                List<StoredStatus> batch = new ArrayList<>();
                List<InitiativeKey> consumers = new ArrayList<>();
                for (; made < sizes[round]; made++) {
                    StoredStatus status = atRisk(made + 1, "P" + (made % 9) + "-" + (made + 1), "DATA-" + (made + 1), T);
                    batch.add(status);
                    consumers.add(status.consumer());
                }
                statuses.replace(consumers, batch, T);
                long before = db.statementCount();
                assertThat(statuses.all()).hasSize(sizes[round]);
                statements[round] = db.statementCount() - before;
            }
            assertThat(statements).containsExactly(1, 1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aPortfolioViewAndARefreshCostTheSameForTenInitiativesAsForTwoThousand(TestDatabases kind) {
        Costs small = costs(kind, 10);
        Costs large = costs(kind, 2_000);

        // The statuses, the interaction pairs and their version, the rows' requests joined to their changes,
        // the rows' consumers.
        assertThat(small.limitedView()).isEqualTo(5);
        assertThat(large.limitedView()).isEqualTo(small.limitedView());
        // Every row listed: more requests than one list of parameters holds are read whole on H2 (two scans).
        assertThat(large.fullView()).isLessThanOrEqualTo(6);
        // The day judged as of; the two levels walked downstream (P1-1, then P2-2, on whom no one waits); the
        // closure's statuses before; its initiatives, first commitments and requests with their changes; the
        // blocked-ness of P0-4 upstream; the interaction pairs and their version; the rows superseded, their
        // deletion and the batched insert.
        assertThat(small.refresh()).isEqualTo(13);
        assertThat(large.refresh()).isEqualTo(small.refresh());
        assertThat(large.fullRows()).isEqualTo(4_000);
    }

    private record Costs(long limitedView, long fullView, int fullRows, long refresh) {
    }

    /**
     * {@code initiatives} initiatives with two requests each, written through the services; then a limited
     * and a full portfolio view and one answer's refresh, each counted in statements.
     */
    private static Costs costs(TestDatabases kind, int initiatives) {
        try (AoDatabase db = kind.fresh()) {
            StoreWorld world = StoreWorld.keepingStatuses(db, TODAY, TEAMS);
            UserRef lead = world.admin;
            for (int i = 1; i <= initiatives; i++) {
                Team team = TEAMS[i % TEAMS.length];
                Initiative initiative = InitiativeBuilder.initiative("P" + (i % TEAMS.length) + "-" + i)
                        .team(team.name()).stage(i % 3 == 0 ? Stage.COMMITTED : Stage.BET).build();
                world.ports.initiatives().save(initiative);
                for (int d = 1; d <= 2; d++) {
                    Team provider = TEAMS[(i + d) % TEAMS.length];
                    world.ports.dependencies().create(new io.throughline.core.dependency.NewDependency(
                            initiative.key(), provider, java.util.Optional.empty(), "Needs " + provider,
                            TODAY.plusDays(i % 40), lead, world.clock.now()));
                }
            }
            // Seeded behind the services' back: the first view judges the graph and stores every status.
            world.app.portfolio().dependencyStatus(lead, Set.of());
            // A chain at the end: P1-1 waits on P0-4's issue, P2-2 on P1-1's.
            Dependency first = world.app.dependencies().request(lead, InitiativeKey.parse("P1-1"),
                    new DependencyForm("Growth", "P0-4", "Needs the export", TODAY.plusDays(9).toString()));
            world.app.dependencies().request(lead, InitiativeKey.parse("P2-2"),
                    new DependencyForm("Identity", "P1-1", "Needs the export too", TODAY.plusDays(9).toString()));

            long before = db.statementCount();
            PortfolioStatus limited = world.app.portfolio().dependencyStatus(lead, Set.of(),
                    EnumSet.allOf(Health.class), 100);
            long limitedView = db.statementCount() - before;
            before = db.statementCount();
            PortfolioStatus full = world.app.portfolio().dependencyStatus(lead, Set.of());
            long fullView = db.statementCount() - before;
            world.ports.dependencies().recordTransition(first.decline(lead, world.clock.now(), "No capacity"));
            before = db.statementCount();
            Set<InitiativeKey> changed = world.app.statuses().refresh(List.of(InitiativeKey.parse("P1-1")));
            long refresh = db.statementCount() - before;

            assertThat(limited.rows()).hasSize(Math.min(100, 2 * initiatives + 2));
            assertThat(limited.summary().total()).isEqualTo(2 * initiatives + 2);
            assertThat(changed).containsExactly(InitiativeKey.parse("P1-1"), InitiativeKey.parse("P2-2"));
            return new Costs(limitedView, fullView, full.rows().size() - 2, refresh);
        }
    }
}
