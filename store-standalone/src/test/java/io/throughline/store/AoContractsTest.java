package io.throughline.store;

import io.throughline.core.assumption.AssumptionRecords;
import io.throughline.core.assumption.AssumptionRecordsContract;
import io.throughline.core.contract.ContractRecords;
import io.throughline.core.contract.ContractRecordsContract;
import io.throughline.core.contract.DeliveryRollUpsContract;
import io.throughline.core.contract.DependencyRepositoryContract;
import io.throughline.core.contract.EvidenceLedgerContract;
import io.throughline.core.contract.InitiativeRepositoryContract;
import io.throughline.core.contract.StageHistoryContract;
import io.throughline.core.contract.StageMappingRepositoryContract;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.StageHistory;
import io.throughline.core.initiative.StageMappingRepository;
import io.throughline.core.trace.DeliveryRollUps;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.assumption.AoAssumptions;
import io.throughline.store.contract.AoContracts;
import io.throughline.store.dependency.AoDependencies;
import io.throughline.store.evidence.AoEvidenceLedger;
import io.throughline.store.initiative.AoInitiatives;
import io.throughline.store.initiative.AoStageHistory;
import io.throughline.store.initiative.AoStageMappings;
import io.throughline.store.standalone.AoDatabase;
import io.throughline.store.trace.AoDeliveryRollUps;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The core's port contracts, run against the Active Objects repositories on H2 and on PostgreSQL. */
class AoContractsTest {

    private final List<AoDatabase> opened = new ArrayList<>();

    /** A fresh, migrated database for one test; closed after it. */
    AoAccess freshStore(TestDatabases database) {
        AoDatabase db = database.fresh();
        opened.add(db);
        return db.access();
    }

    @AfterEach
    void closeDatabases() {
        opened.forEach(AoDatabase::close);
        opened.clear();
    }

    @Nested
    @ParameterizedClass
    @EnumSource(TestDatabases.class)
    class Initiatives extends InitiativeRepositoryContract {
        private final TestDatabases database;

        Initiatives(TestDatabases database) {
            this.database = database;
        }

        @Override
        protected InitiativeRepository newRepository() {
            return new AoInitiatives(freshStore(database));
        }
    }

    @Nested
    @ParameterizedClass
    @EnumSource(TestDatabases.class)
    class Stages extends StageHistoryContract {
        private final TestDatabases database;

        Stages(TestDatabases database) {
            this.database = database;
        }

        @Override
        protected StageHistory newHistory() {
            return new AoStageHistory(freshStore(database));
        }
    }

    @Nested
    @ParameterizedClass
    @EnumSource(TestDatabases.class)
    class Evidence extends EvidenceLedgerContract {
        private final TestDatabases database;

        Evidence(TestDatabases database) {
            this.database = database;
        }

        @Override
        protected EvidenceLedger newLedger() {
            return new AoEvidenceLedger(freshStore(database));
        }
    }

    @Nested
    @ParameterizedClass
    @EnumSource(TestDatabases.class)
    class Dependencies extends DependencyRepositoryContract {
        private final TestDatabases database;

        Dependencies(TestDatabases database) {
            this.database = database;
        }

        @Override
        protected DependencyRepository newRepository() {
            return new AoDependencies(freshStore(database));
        }
    }

    @Nested
    @ParameterizedClass
    @EnumSource(TestDatabases.class)
    class StageMappings extends StageMappingRepositoryContract {
        private final TestDatabases database;

        StageMappings(TestDatabases database) {
            this.database = database;
        }

        @Override
        protected StageMappingRepository newRepository() {
            return new AoStageMappings(freshStore(database));
        }
    }

    @Nested
    @ParameterizedClass
    @EnumSource(TestDatabases.class)
    class RollUps extends DeliveryRollUpsContract {
        private final TestDatabases database;

        RollUps(TestDatabases database) {
            this.database = database;
        }

        @Override
        protected DeliveryRollUps newRollUps() {
            return new AoDeliveryRollUps(freshStore(database));
        }
    }

    @Nested
    @ParameterizedClass
    @EnumSource(TestDatabases.class)
    class Contracts extends ContractRecordsContract {
        private final TestDatabases database;

        Contracts(TestDatabases database) {
            this.database = database;
        }

        @Override
        protected ContractRecords newRecords() {
            return new AoContracts(freshStore(database));
        }
    }

    @Nested
    @ParameterizedClass
    @EnumSource(TestDatabases.class)
    class Assumptions extends AssumptionRecordsContract {
        private final TestDatabases database;

        Assumptions(TestDatabases database) {
            this.database = database;
        }

        @Override
        protected AssumptionRecords newRecords() {
            return new AoAssumptions(freshStore(database));
        }
    }

    @Nested
    @ParameterizedClass
    @EnumSource(TestDatabases.class)
    class Settings extends io.throughline.core.contract.SettingsRepositoryContract {
        private final TestDatabases database;

        Settings(TestDatabases database) {
            this.database = database;
        }

        @Override
        protected io.throughline.core.setting.SettingsRepository newRepository() {
            return new io.throughline.store.setting.AoSettings(freshStore(database));
        }
    }

    @Nested
    @ParameterizedClass
    @EnumSource(TestDatabases.class)
    class Interactions extends io.throughline.core.contract.InteractionRepositoryContract {
        private final TestDatabases database;

        Interactions(TestDatabases database) {
            this.database = database;
        }

        @Override
        protected io.throughline.core.interaction.InteractionRepository newRepository() {
            return new io.throughline.store.interaction.AoInteractions(freshStore(database));
        }
    }

    @Nested
    @ParameterizedClass
    @EnumSource(TestDatabases.class)
    class Events extends io.throughline.core.contract.DeliveryEventsContract {
        private final TestDatabases database;

        Events(TestDatabases database) {
            this.database = database;
        }

        @Override
        protected io.throughline.core.performance.DeliveryEvents newEvents() {
            return new io.throughline.store.performance.AoDeliveryEvents(freshStore(database));
        }
    }

    @Nested
    @ParameterizedClass
    @EnumSource(TestDatabases.class)
    class Scorecard extends io.throughline.core.contract.ScorecardLinesContract {
        private final TestDatabases database;

        Scorecard(TestDatabases database) {
            this.database = database;
        }

        @Override
        protected io.throughline.core.scorecard.ScorecardLines newLines() {
            return new io.throughline.store.scorecard.AoScorecardLines(freshStore(database));
        }
    }

    @Nested
    @ParameterizedClass
    @EnumSource(TestDatabases.class)
    class Statuses extends io.throughline.core.contract.DependencyStatusesContract {
        private final TestDatabases database;

        Statuses(TestDatabases database) {
            this.database = database;
        }

        @Override
        protected io.throughline.core.portfolio.DependencyStatuses newStatuses() {
            return new io.throughline.store.portfolio.AoDependencyStatuses(freshStore(database));
        }
    }
}
