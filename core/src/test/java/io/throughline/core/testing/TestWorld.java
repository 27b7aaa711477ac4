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
    public final FixedTeams teams;
    public final Ports ports;
    public final Throughline app;

    public TestWorld(LocalDate today, Team... teams) {
        this.clock = MutableClock.at(today);
        this.teams = new FixedTeams(teams);
        this.ports = new Ports(initiatives, stages, evidence, dependencies, permissions, this.teams, clock,
                transactions, gateParameters, delivery, rollUps, contracts, assumptions, interactions, events,
                permissions::mayPost, settings, scorecard);
        this.app = new Throughline(ports, PolicyParameters.defaults());
    }

    /** A product-ops lead who may see and do everything. */
    public UserRef admin(String key) {
        UserRef user = UserRef.of(key);
        permissions.admin(user);
        return user;
    }
}
