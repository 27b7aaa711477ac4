package io.throughline.core.portfolio;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.graph.Health;
import io.throughline.core.graph.HealthReason;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.TestWorld;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The portfolio's views; {@link PortfolioServiceOnStoredStatusesTest} runs them again over stored statuses. */
class PortfolioServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
    static final Team GROWTH = Team.of("Growth");
    static final Team IDENTITY = Team.of("Identity");
    static final Team DATA = Team.of("Data");
    static final Team BILLING = Team.of("Billing");

    TestWorld world;
    UserRef lead;
    final UserRef growthOnly = UserRef.of("growth.reader");

    @BeforeEach
    void setUp() {
        world = newWorld(TODAY, GROWTH, IDENTITY, DATA, BILLING);
        lead = world.admin("ops.lead");
        world.permissions.views(growthOnly, "GROW");
        save("GROW-1", "Growth");
        save("IDN-1", "Identity");
        save("DATA-1", "Data");
        save("BILL-1", "Billing");
    }

    /** The world the tests run in: here one that keeps no statuses, so every view judges the whole graph. */
    TestWorld newWorld(LocalDate today, Team... teams) {
        return new TestWorld(today, teams);
    }

    @Test
    void rowsComeWorstFirstThenByNeededBy() {
        Dependency onTrack = request("GROW-1", "Identity", null, "2026-03-01");
        Dependency declined = request("GROW-1", "Data", null, "2026-04-01");
        Dependency alsoOnTrack = request("IDN-1", "Billing", null, "2026-02-20");
        world.app.dependencies().decline(lead, declined.id(), "Team is on the migration");

        PortfolioStatus status = world.app.portfolio().dependencyStatus(lead, Set.of());

        assertThat(status.rows()).extracting(r -> r.status().dependency().id())
                .containsExactly(declined.id(), alsoOnTrack.id(), onTrack.id());
        assertThat(status.summary().count(Health.BLOCKED)).isEqualTo(1);
        assertThat(status.summary().count(Health.ON_TRACK)).isEqualTo(2);
        assertThat(status.matrix().cell(GROWTH, DATA).worst()).contains(Health.BLOCKED);
        assertThat(status.teams()).containsExactly(BILLING, DATA, GROWTH, IDENTITY);
    }

    @Test
    void selectingTeamsKeepsDependenciesWhereTheyConsumeOrProvide() {
        request("GROW-1", "Identity", null, "2026-03-01");
        request("IDN-1", "Billing", null, "2026-03-01");
        request("DATA-1", "Billing", null, "2026-03-01");

        PortfolioStatus identity = world.app.portfolio().dependencyStatus(lead, Set.of(IDENTITY));

        assertThat(identity.rows()).extracting(r -> r.consumer().key().value())
                .containsExactlyInAnyOrder("GROW-1", "IDN-1");
        assertThat(identity.summary().total()).isEqualTo(2);
    }

    @Test
    void viewersSeeOnlyDependenciesOfInitiativesTheyMayBrowse() {
        request("GROW-1", "Identity", null, "2026-03-01");
        request("IDN-1", "Billing", null, "2026-03-01");

        PortfolioStatus seen = world.app.portfolio().dependencyStatus(growthOnly, Set.of());

        assertThat(seen.rows()).extracting(r -> r.consumer().key().value()).containsExactly("GROW-1");
        assertThat(seen.summary().total()).isEqualTo(1);
        assertThat(seen.matrix().cells()).hasSize(1);
    }

    @Test
    void blockingTravelsThroughHiddenInitiativesWithoutNamingThem() {
        Dependency onIdentityWork = request("GROW-1", "Identity", "IDN-1", "2026-03-01");
        Dependency identityNeedsBilling = request("IDN-1", "Billing", null, "2026-03-01");
        world.app.dependencies().decline(lead, identityNeedsBilling.id(), "Billing API frozen");

        PortfolioRow asLead = world.app.portfolio().dependencyStatus(lead, Set.of(GROWTH)).rows().get(0);
        PortfolioRow asReader = world.app.portfolio().dependencyStatus(growthOnly, Set.of()).rows().get(0);

        assertThat(asLead.status().dependency().id()).isEqualTo(onIdentityWork.id());
        assertThat(asLead.status().health()).isEqualTo(Health.BLOCKED);
        assertThat(asLead.status().reasons()).extracting(HealthReason::via)
                .containsExactly(java.util.Optional.of(InitiativeKey.parse("IDN-1")));
        assertThat(asReader.status().health()).isEqualTo(Health.BLOCKED);
        assertThat(asReader.status().dependency().providerIssue()).isEmpty();
        assertThat(asReader.reasons()).extracting(m -> m.key())
                .containsExactly("throughline.health.provider-blocked.hidden");
        assertThat(asReader.reasons().toString()).doesNotContain("IDN-1");
    }

    @Test
    void cyclesAreReportedWhenTheyTouchASelectedTeam() {
        request("GROW-1", "Identity", null, "2026-03-01");
        request("IDN-1", "Data", null, "2026-03-01");
        request("DATA-1", "Growth", null, "2026-03-01");

        assertThat(world.app.portfolio().dependencyStatus(lead, Set.of(GROWTH)).cycles())
                .containsExactly(new java.util.TreeSet<>(Set.of(GROWTH, IDENTITY, DATA)));
        assertThat(world.app.portfolio().dependencyStatus(lead, Set.of(BILLING)).cycles()).isEmpty();
    }

    @Test
    void unknownTeamsAreNamedInTheError() {
        ThroughlineException.InvalidInput error = catchThrowableOfType(ThroughlineException.InvalidInput.class,
                () -> world.app.portfolio().dependencyStatus(lead, Set.of(Team.of("Marketing"))));

        assertThat(error.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(PortfolioService.TEAMS);
            assertThat(e.message().args()).containsExactly("Marketing");
        });
    }

    @Test
    void teamsTheViewerMayNotKnowAreNeitherListedNorDistinguishableFromUnknownOnes() {
        io.throughline.core.common.TeamDirectory directory = new io.throughline.core.common.TeamDirectory() {
            @Override
            public java.util.SortedSet<Team> teams() {
                return world.teams.teams();
            }

            @Override
            public java.util.SortedSet<Team> teamsVisibleTo(UserRef user) {
                return user.equals(growthOnly) ? new java.util.TreeSet<>(Set.of(GROWTH)) : teams();
            }
        };
        PortfolioService service = new PortfolioService(world.initiatives, world.stages, world.dependencies,
                world.permissions, directory, world.clock, PolicyParameters.defaults());

        assertThat(service.dependencyStatus(growthOnly, Set.of()).teams()).containsExactly(GROWTH);
        ThroughlineException.InvalidInput hidden = catchThrowableOfType(ThroughlineException.InvalidInput.class,
                () -> service.dependencyStatus(growthOnly, Set.of(BILLING)));
        ThroughlineException.InvalidInput unknown = catchThrowableOfType(ThroughlineException.InvalidInput.class,
                () -> service.dependencyStatus(growthOnly, Set.of(Team.of("Nonexistent"))));
        assertThat(hidden.errors().get(0).message().key()).isEqualTo(unknown.errors().get(0).message().key());
        assertThat(service.dependencyStatus(lead, Set.of()).teams()).hasSize(4);
    }

    @Test
    void lateDiscoveryIsFlaggedForRequestsAfterCommitment() {
        Dependency early = request("GROW-1", "Identity", null, "2026-03-01");
        world.clock.advanceDays(1);
        world.app.initiatives().recordStage(lead, InitiativeKey.parse("GROW-1"), io.throughline.core.initiative.Stage.COMMITTED);
        world.clock.advanceDays(1);
        Dependency late = request("GROW-1", "Data", null, "2026-03-01");

        PortfolioService.InitiativeDependencies own =
                world.app.portfolio().forInitiative(lead, InitiativeKey.parse("GROW-1"));

        assertThat(own.dependencies()).extracting(s -> s.dependency().id(), s -> s.lateDiscovered())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(early.id(), false),
                        org.assertj.core.groups.Tuple.tuple(late.id(), true));
    }

    @Test
    void theTeamsSomeoneAnswersForAreThoseTheyMayActForAndEveryTeamForAnAdmin() {
        UserRef dataLead = UserRef.of("lead.data");
        world.permissions.member(dataLead, DATA, IDENTITY).member(dataLead, Team.of("Unknown"));

        assertThat(world.app.portfolio().teamsActedFor(dataLead)).containsExactly(DATA, IDENTITY);
        assertThat(world.app.portfolio().teamsActedFor(growthOnly)).isEmpty();
        assertThat(world.app.portfolio().teamsActedFor(lead)).containsExactly(BILLING, DATA, GROWTH, IDENTITY);
    }

    void save(String key, String team) {
        world.app.initiatives().save(lead, initiative(key).team(team).summary("Work of " + team).build());
    }

    Dependency request(String consumer, String team, String issue, String neededBy) {
        return world.app.dependencies().request(lead, InitiativeKey.parse(consumer),
                new DependencyForm(team, issue, "Needs " + team, neededBy));
    }
}
