package io.throughline.store;

import io.throughline.core.Ports;
import io.throughline.core.Throughline;
import io.throughline.core.assumption.AssumptionRecords;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.contract.ContractRecords;
import io.throughline.core.gate.GateParameterSource;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.performance.DeliveryEvents;
import io.throughline.core.performance.EventSources;
import io.throughline.core.portfolio.DependencyStatuses;
import io.throughline.core.setting.SettingsRepository;
import io.throughline.core.testing.FixedTeams;
import io.throughline.core.testing.MutableClock;
import io.throughline.core.testing.PermissionTable;
import io.throughline.core.trace.DeliveryRollUps;
import io.throughline.core.trace.DeliveryWork;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.AoTransactions;
import io.throughline.store.dependency.AoDependencies;
import io.throughline.store.evidence.AoEvidenceLedger;
import io.throughline.store.initiative.AoInitiatives;
import io.throughline.store.initiative.AoStageHistory;
import io.throughline.store.interaction.AoInteractions;
import io.throughline.store.portfolio.AoDependencyStatuses;
import io.throughline.store.scorecard.AoScorecardLines;
import io.throughline.store.standalone.AoDatabase;
import java.time.LocalDate;

/** The real services over the Active Objects store, with test permissions, teams and clock. */
final class StoreWorld {

    final MutableClock clock;
    final PermissionTable permissions = new PermissionTable();
    final UserRef admin = UserRef.of("ops.lead");
    final Ports ports;
    final Throughline app;

    StoreWorld(AoDatabase database, LocalDate today, Team... teams) {
        this(false, database, today, teams);
    }

    /** The services over the store that also keeps the judged dependency statuses, as Jira and the preview do. */
    static StoreWorld keepingStatuses(AoDatabase database, LocalDate today, Team... teams) {
        return new StoreWorld(true, database, today, teams);
    }

    private StoreWorld(boolean keepStatuses, AoDatabase database, LocalDate today, Team... teams) {
        AoAccess ao = database.access();
        clock = MutableClock.at(today);
        permissions.admin(admin);
        ports = new Ports(new AoInitiatives(ao), new AoStageHistory(ao), new AoEvidenceLedger(ao),
                new AoDependencies(ao), permissions, new FixedTeams(teams), clock, new AoTransactions(ao),
                GateParameterSource.NONE, DeliveryWork.NONE, DeliveryRollUps.NONE, ContractRecords.NONE,
                AssumptionRecords.NONE, new AoInteractions(ao), DeliveryEvents.NONE, EventSources.NOBODY,
                SettingsRepository.DEFAULTS, new AoScorecardLines(ao),
                keepStatuses ? new AoDependencyStatuses(ao) : DependencyStatuses.NONE);
        app = new Throughline(ports, PolicyParameters.defaults());
    }
}
