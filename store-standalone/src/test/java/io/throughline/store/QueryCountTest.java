package io.throughline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.NewDependency;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageChange;
import io.throughline.core.portfolio.PortfolioStatus;
import io.throughline.core.testing.EvidenceBuilder;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.store.standalone.AoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A portfolio read costs the same number of statements for ten initiatives as for two thousand. */
class QueryCountTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
    private static final Team[] TEAMS = {Team.of("Growth"), Team.of("Identity"), Team.of("Data"), Team.of("Billing")};

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void portfolioReadIsBoundedWhateverThePortfolioSize(TestDatabases kind) {
        Read small = portfolioRead(kind, 10);
        Read large = portfolioRead(kind, 2_000);

        assertThat(small.rows()).isEqualTo(20);
        assertThat(large.rows()).isEqualTo(4_000);
        assertThat(large.statements()).isEqualTo(small.statements());
        // Initiatives, first commitments, dependencies, their changes; the interaction pairs and their version.
        assertThat(small.statements()).isEqualTo(6);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void theCommitGateReadsInThreeStatementsWhateverTheLedgerSize(TestDatabases kind) {
        try (AoDatabase db = kind.fresh()) {
            StoreWorld world = new StoreWorld(db, TODAY, TEAMS);
            long[] statements = new long[2];
            int[] sizes = {2, 200};
            for (int round = 0; round < sizes.length; round++) {
                Initiative initiative = InitiativeBuilder.initiative("P0-" + (round + 1)).team(TEAMS[0].name()).build();
                world.ports.initiatives().save(initiative);
                for (int e = 0; e < sizes[round]; e++) {
                    world.ports.evidence().append(EvidenceBuilder.evidence().on(initiative.key()).build());
                }
                world.ports.dependencies().create(new NewDependency(initiative.key(), TEAMS[1], Optional.empty(),
                        "Needs an export", TODAY.plusDays(30), world.admin, world.clock.now()));
                long before = db.statementCount();
                world.app.gates().commitReadiness(world.admin, initiative.key(), PolicyParameters.defaults());
                statements[round] = db.statementCount() - before;
            }
            // The initiative, its ledger, its dependencies joined to their changes.
            assertThat(statements).containsExactly(3, 3);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void figuresReadInThreeStatementsWhateverTheStoreHolds(TestDatabases kind) {
        try (AoDatabase db = kind.fresh()) {
            io.throughline.store.performance.AoDeliveryEvents events =
                    new io.throughline.store.performance.AoDeliveryEvents(db.access());
            Instant to = Instant.parse("2026-03-15T00:00:00Z");
            Instant from = to.minus(Duration.ofDays(14));
            io.throughline.core.initiative.InitiativeKey grow = io.throughline.core.initiative.InitiativeKey.parse("GROW-1");
            long[] statements = new long[2];
            int[] noise = {10, 3_000};
            int next = 0;
            for (int round = 0; round < noise.length; round++) {
                java.util.List<io.throughline.core.performance.DeliveryEvent> batch = new java.util.ArrayList<>();
                for (int i = 0; i < noise[round]; i++, next++) {
                    batch.add(io.throughline.core.performance.DeliveryEvent.deployment(
                            new io.throughline.core.performance.EventKey("ci", "n" + next), from.plusSeconds(60L * next),
                            "svc-" + (next % 50), "prod", Set.of(io.throughline.core.initiative.InitiativeKey.parse("PAY-" + (next + 1))),
                            java.util.List.of(), false, Set.of()));
                }
                batch.add(io.throughline.core.performance.DeliveryEvent.deployment(
                        new io.throughline.core.performance.EventKey("ci", "g" + round), from.plusSeconds(3600L * (round + 1)),
                        "web", "prod", Set.of(grow), java.util.List.of(), false, Set.of()));
                batch.add(io.throughline.core.performance.DeliveryEvent.incidentOpened(
                        new io.throughline.core.performance.EventKey("pager", "i" + round), from.plusSeconds(7200L * (round + 1)),
                        "INC-" + round, "prod", Optional.of("web"), Optional.empty()));
                for (int start = 0; start < batch.size(); start += 1_000) {
                    events.append(batch.subList(start, Math.min(batch.size(), start + 1_000)));
                }
                long before = db.statementCount();
                assertThat(events.relevant(Set.of(grow), from, to)).hasSize(2 * (round + 1));
                statements[round] = db.statementCount() - before;
            }
            // Deployments naming the issues with the incidents naming them as cause; their services' deployments and
            // rollbacks with the incidents naming those services; those incidents' events.
            assertThat(statements).containsExactly(3, 3);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aDigestReadIsBoundedWhateverThePortfolioSize(TestDatabases kind) {
        Read small = digestRead(kind, 8);
        Read large = digestRead(kind, 100);

        assertThat(small.rows()).isEqualTo(8);
        assertThat(large.rows()).isEqualTo(100);
        assertThat(large.statements()).isEqualTo(small.statements());
        // Initiatives; dependencies and their changes; first commitments; the window's stage changes, evidence and
        // contract changes; the interaction pairs and their version; the lines at the window's start and end.
        assertThat(small.statements()).isEqualTo(11);
    }

    /**
     * Seeds {@code initiatives} initiatives, each with a dependency, stores their lines, then gives each a
     * week of news (a commitment, an entry, a contract change) and counts one digest read.
     */
    private static Read digestRead(TestDatabases kind, int initiatives) {
        try (AoDatabase db = kind.fresh()) {
            io.throughline.store.ao.AoAccess ao = db.access();
            io.throughline.core.testing.MutableClock clock = io.throughline.core.testing.MutableClock.at(TODAY);
            io.throughline.core.testing.PermissionTable permissions = new io.throughline.core.testing.PermissionTable();
            UserRef lead = UserRef.of("ops.lead");
            permissions.admin(lead);
            io.throughline.core.contract.ContractRecords contracts = new io.throughline.store.contract.AoContracts(ao);
            io.throughline.core.Ports ports = new io.throughline.core.Ports(
                    new io.throughline.store.initiative.AoInitiatives(ao),
                    new io.throughline.store.initiative.AoStageHistory(ao),
                    new io.throughline.store.evidence.AoEvidenceLedger(ao),
                    new io.throughline.store.dependency.AoDependencies(ao), permissions,
                    new io.throughline.core.testing.FixedTeams(TEAMS), clock, new io.throughline.store.ao.AoTransactions(ao),
                    io.throughline.core.gate.GateParameterSource.NONE, io.throughline.core.trace.DeliveryWork.NONE,
                    io.throughline.core.trace.DeliveryRollUps.NONE, contracts,
                    io.throughline.core.assumption.AssumptionRecords.NONE,
                    new io.throughline.store.interaction.AoInteractions(ao), io.throughline.core.performance.DeliveryEvents.NONE,
                    io.throughline.core.performance.EventSources.NOBODY, io.throughline.core.setting.SettingsRepository.DEFAULTS,
                    new io.throughline.store.scorecard.AoScorecardLines(ao));
            io.throughline.core.Throughline app = new io.throughline.core.Throughline(ports, PolicyParameters.defaults());
            for (int i = 1; i <= initiatives; i++) {
                Team team = TEAMS[i % TEAMS.length];
                app.initiatives().save(lead, InitiativeBuilder.initiative("P" + (i % TEAMS.length) + "-" + i)
                        .team(team.name()).build());
                app.dependencies().request(lead, io.throughline.core.initiative.InitiativeKey.parse(
                        "P" + (i % TEAMS.length) + "-" + i), new io.throughline.core.dependency.DependencyForm(
                        TEAMS[(i + 1) % TEAMS.length].name(), null, "Needs an export", TODAY.plusDays(40).toString()));
            }
            clock.advanceDays(10);
            app.scorecard().snapshot();
            clock.advanceDays(2);
            for (Initiative initiative : ports.initiatives().findAll()) {
                Initiative committed = app.initiatives().save(lead, initiative.withStage(Stage.COMMITTED));
                app.initiatives().save(lead, new Initiative(committed.key(), committed.summary(), committed.team(),
                        committed.stage(), Optional.of(UserRef.of("pm.other")), committed.successMetric(),
                        committed.evidenceHorizon()));
                recordExperiment(app, lead, initiative, clock);
            }
            clock.advanceDays(2);
            long before = db.statementCount();
            io.throughline.core.digest.Digest digest = app.digest().digest(lead,
                    io.throughline.core.digest.DigestQuery.LAST_WEEK);
            long statements = db.statementCount() - before;
            assertThat(digest.totals().commitments()).isEqualTo(initiatives);
            assertThat(digest.totals().contractChanges()).isEqualTo(initiatives);
            assertThat(digest.totals().evidence()).isEqualTo(initiatives);
            return new Read(statements, digest.initiatives().size());
        }
    }

    private static void recordExperiment(io.throughline.core.Throughline app, UserRef lead, Initiative initiative,
                              io.throughline.core.testing.MutableClock clock) {
        app.evidence().record(lead, initiative.key(), new io.throughline.core.evidence.EvidenceForm("EXPERIMENT",
                "A test", "https://x.example.com/1", null, clock.today().toString(), null));
    }

    private record Read(long statements, int rows) {
    }

    /** Seeds {@code initiatives} initiatives with two dependencies each, then counts one portfolio read. */
    private static Read portfolioRead(TestDatabases kind, int initiatives) {
        try (AoDatabase db = kind.fresh()) {
            StoreWorld world = new StoreWorld(db, TODAY, TEAMS);
            UserRef lead = world.admin;
            Instant at = world.clock.now();
            for (int i = 1; i <= initiatives; i++) {
                Team team = TEAMS[i % TEAMS.length];
                Initiative initiative = InitiativeBuilder.initiative("P" + (i % TEAMS.length) + "-" + i)
                        .team(team.name()).stage(i % 3 == 0 ? Stage.COMMITTED : Stage.BET).build();
                world.ports.initiatives().save(initiative);
                world.ports.stages().record(new StageChange(initiative.key(), Optional.empty(), initiative.stage(),
                        lead, at));
                for (int d = 1; d <= 2; d++) {
                    Team provider = TEAMS[(i + d) % TEAMS.length];
                    Dependency dependency = world.ports.dependencies().create(new NewDependency(initiative.key(),
                            provider, Optional.empty(), "Needs " + provider, TODAY.plusDays(i % 40),
                            lead, at.minus(Duration.ofDays(i % 9))));
                    if (d == 1 && i % 2 == 0) {
                        world.ports.dependencies().recordTransition(
                                dependency.commit(lead, at, TODAY.plusDays(i % 50)));
                    }
                }
            }
            long before = db.statementCount();
            PortfolioStatus status = world.app.portfolio().dependencyStatus(lead, Set.of());
            return new Read(db.statementCount() - before, status.rows().size());
        }
    }

}
