package io.throughline.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Team;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.NewDependency;
import io.throughline.core.graph.Health;
import io.throughline.core.graph.HealthReason;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.TestWorld;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The portfolio's views over stored statuses: every test of {@link PortfolioServiceTest} again, and these. */
class PortfolioServiceOnStoredStatusesTest extends PortfolioServiceTest {

    @Override
    TestWorld newWorld(LocalDate today, Team... teams) {
        return TestWorld.keepingStatuses(today, teams);
    }

    @Test
    void aViewShowsWhatIsStoredReadInOneReadNotAJudgementOfItsOwn() {
        Dependency declined = request("GROW-1", "Data", null, "2026-04-01");
        world.app.dependencies().decline(lead, declined.id(), "Team is on the migration");
        StoredStatus stored = world.statuses.of(declined.id()).orElseThrow();
        // Tampered with in the store: a view that judged for itself would still say blocked.
        world.statuses.replace(List.of(stored.consumer()), List.of(new StoredStatus(stored.id(), stored.consumer(),
                stored.consumerTeam(), stored.providerTeam(), stored.providerIssue(), stored.state(), Health.AT_RISK,
                List.of(HealthReason.of(HealthReason.Code.UNACKNOWLEDGED, 9)), false, stored.neededBy(),
                stored.judgedOn(), world.clock.now().plusSeconds(1))), world.clock.now().plusSeconds(1));
        int reads = world.statuses.reads();

        PortfolioStatus status = world.app.portfolio().dependencyStatus(lead, Set.of());

        assertThat(world.statuses.reads() - reads).isEqualTo(1);
        assertThat(status.rows()).singleElement().satisfies(row -> {
            assertThat(row.status().health()).isEqualTo(Health.AT_RISK);
            assertThat(row.status().dependency()).isEqualTo(world.dependencies.find(declined.id()).orElseThrow());
            assertThat(row.consumer().summary()).isEqualTo("Work of Growth");
        });
        assertThat(status.summary().count(Health.AT_RISK)).isEqualTo(1);
    }

    @Test
    void aLimitListsOnlyTheWorstRowsAndEverythingElseStillCountsThemAll() {
        Dependency declined = request("GROW-1", "Data", null, "2026-04-01");
        world.app.dependencies().decline(lead, declined.id(), "No capacity");
        Dependency late = request("IDN-1", "Billing", null, "2026-02-10");
        world.app.dependencies().commit(lead, late.id(), "2026-02-20");
        Dependency soonest = request("DATA-1", "Growth", null, "2026-02-05");
        request("BILL-1", "Identity", null, "2026-03-01");
        Dependency other = request("GROW-1", "Identity", null, "2026-02-25");

        PortfolioStatus worst = world.app.portfolio().dependencyStatus(lead, Set.of(),
                EnumSet.allOf(Health.class), 2);
        PortfolioStatus onTrack = world.app.portfolio().dependencyStatus(lead, Set.of(), EnumSet.of(Health.ON_TRACK), 2);

        assertThat(worst.rows()).extracting(row -> row.status().dependency().id()).containsExactly(declined.id(), late.id());
        assertThat(worst.matching()).isEqualTo(5);
        assertThat(worst.summary().total()).isEqualTo(5);
        assertThat(worst.matrix().cells().values().stream().mapToInt(tally -> tally.total()).sum()).isEqualTo(5);
        assertThat(onTrack.rows()).extracting(row -> row.status().dependency().id())
                .containsExactly(soonest.id(), other.id());
        assertThat(onTrack.matching()).isEqualTo(3);
        assertThat(onTrack.summary().total()).isEqualTo(5);
        assertThat(world.app.portfolio().dependencyStatus(lead, Set.of(), EnumSet.allOf(Health.class), 0).rows())
                .isEmpty();
    }

    @Test
    void theFirstViewWithNothingStoredJudgesTheGraphAndStoresWhatItJudged() {
        // Written behind the services' back: nothing refreshed, nothing stored (a fresh install's state).
        Dependency direct = world.dependencies.create(new NewDependency(InitiativeKey.parse("GROW-1"), IDENTITY,
                Optional.empty(), "Needs SSO", TODAY.plusDays(3), lead, world.clock.now()));
        assertThat(world.statuses.peek()).isEmpty();

        PortfolioStatus status = world.app.portfolio().dependencyStatus(lead, Set.of());

        assertThat(status.rows()).extracting(row -> row.status().dependency().id()).containsExactly(direct.id());
        assertThat(world.statuses.peek()).singleElement().satisfies(stored -> {
            assertThat(stored.id()).isEqualTo(direct.id());
            assertThat(stored.judgedOn()).isEqualTo(TODAY);
        });
    }

    @Test
    void yesterdaysStatusesAreShownUntilTheDayChangeJobAndOlderOnesAreJudgedAgain() {
        Dependency dueToday = request("GROW-1", "Identity", null, TODAY.toString());
        Instant judged = world.statuses.of(dueToday.id()).orElseThrow().computedAt();
        world.clock.advanceDays(1);

        PortfolioStatus stale = world.app.portfolio().dependencyStatus(lead, Set.of());
        world.app.statuses().rejudgeAll();
        PortfolioStatus current = world.app.portfolio().dependencyStatus(lead, Set.of());
        world.clock.advanceDays(2);
        PortfolioStatus missedJob = world.app.portfolio().dependencyStatus(lead, Set.of());

        assertThat(stale.rows().get(0).status().health()).as("one day stale, and says so").isEqualTo(Health.ON_TRACK);
        assertThat(stale.asOf()).isEqualTo(judged);
        assertThat(current.rows().get(0).status().reasons()).containsExactly(HealthReason.of(HealthReason.Code.OVERDUE, 1));
        assertThat(current.asOf()).isEqualTo(world.clock.now().minus(Duration.ofDays(2)));
        assertThat(missedJob.rows().get(0).status().reasons())
                .containsExactly(HealthReason.of(HealthReason.Code.OVERDUE, 3));
        assertThat(missedJob.asOf()).isEqualTo(world.clock.now());
    }

    @Test
    void asOfIsWhenTheOldestStatusInScopeWasComputed() {
        Dependency first = request("GROW-1", "Identity", null, "2026-03-01");
        Instant oldest = world.statuses.of(first.id()).orElseThrow().computedAt();
        world.clock.advance(Duration.ofHours(3));
        request("DATA-1", "Billing", null, "2026-03-01");

        assertThat(world.app.portfolio().dependencyStatus(lead, Set.of()).asOf()).isEqualTo(oldest);
        assertThat(world.app.portfolio().dependencyStatus(lead, Set.of(BILLING)).asOf())
                .isEqualTo(world.clock.now());
    }

    @Test
    void aTeamsRequestsComeFromTheStoredStatusesWithTheirRequestsInFull() {
        Dependency asked = request("GROW-1", "Identity", null, "2026-03-01");
        Dependency committed = request("DATA-1", "Identity", null, "2026-02-20");
        world.app.dependencies().commit(lead, committed.id(), "2026-02-25");
        Dependency declined = request("BILL-1", "Identity", null, "2026-03-01");
        world.app.dependencies().decline(lead, declined.id(), "Not ours");
        int reads = world.statuses.reads();

        List<PortfolioService.TeamRequest> requests = world.app.portfolio().requestsOf(lead, "Identity");

        assertThat(world.statuses.reads() - reads).isEqualTo(1);
        assertThat(requests).extracting(r -> r.status().dependency().id()).containsExactly(asked.id(), committed.id());
        assertThat(requests.get(1).status().reasons())
                .containsExactly(HealthReason.of(HealthReason.Code.COMMITTED_AFTER_NEEDED_BY, 5));
        assertThat(requests.get(1).status().latency().acknowledgement()).isPresent();
        assertThat(requests.get(0).consumerSummary()).isEqualTo("Work of Growth");
    }
}
