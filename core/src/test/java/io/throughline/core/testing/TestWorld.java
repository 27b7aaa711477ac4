package io.throughline.core.testing;

import io.throughline.core.Ports;
import io.throughline.core.Throughline;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.gate.PolicyParameters;
import java.time.LocalDate;

/**
 * A complete in-memory host: repositories, a hand-moved clock, a permission table and a team
 * directory, wired into the real services. Tests grant permissions on {@link #permissions}.
 */
public final class TestWorld {

    public final MutableClock clock;
    public final PermissionTable permissions = new PermissionTable();
    public final InMemoryInitiatives initiatives = new InMemoryInitiatives();
    public final InMemoryStageHistory stages = new InMemoryStageHistory();
    public final InMemoryEvidenceLedger evidence = new InMemoryEvidenceLedger();
    public final InMemoryDependencies dependencies = new InMemoryDependencies();
    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final TransitionGateParameters gateParameters = new TransitionGateParameters();
    public final InMemoryDeliveryWork delivery = new InMemoryDeliveryWork();
    public final InMemoryRollUps rollUps = new InMemoryRollUps();
    public final InMemoryContracts contracts = new InMemoryContracts();
    public final InMemoryAssumptions assumptions = new InMemoryAssumptions();
    public final InMemoryInteractions interactions = new InMemoryInteractions();
    public final InMemoryDeliveryEvents events = new InMemoryDeliveryEvents();
    public final InMemorySettings settings = new InMemorySettings();
    public final InMemoryScorecardLines scorecard = new InMemoryScorecardLines();
    /** Kept only by a world made with {@link #keepingStatuses}; otherwise views judge the whole graph. */
    public final InMemoryDependencyStatuses statuses = new InMemoryDependencyStatuses();
    public final FixedTeams teams;
    public final Ports ports;
    public final Throughline app;

    public TestWorld(LocalDate today, Team... teams) {
        this(false, today, teams);
    }

    private TestWorld(boolean keepStatuses, LocalDate today, Team... teams) {
        this.clock = MutableClock.at(today);
        this.teams = new FixedTeams(teams);
        this.ports = new Ports(initiatives, stages, evidence, dependencies, permissions, this.teams, clock,
                transactions, gateParameters, delivery, rollUps, contracts, assumptions, interactions, events,
                permissions::mayPost, settings, scorecard,
                keepStatuses ? statuses : io.throughline.core.portfolio.DependencyStatuses.NONE);
        this.app = new Throughline(ports, PolicyParameters.defaults());
    }

    /** A world that keeps the judged dependency statuses, as the Jira plugin and the preview do. */
    public static TestWorld keepingStatuses(LocalDate today, Team... teams) {
        return new TestWorld(true, today, teams);
    }

    /** A product-ops lead who may see and do everything. */
    public UserRef admin(String key) {
        UserRef user = UserRef.of(key);
        permissions.admin(user);
        return user;
    }
}
