package io.throughline.core.contract;

import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.StageHistory;
import io.throughline.core.initiative.StageMappingRepository;
import io.throughline.core.testing.InMemoryContracts;
import io.throughline.core.testing.InMemoryDependencies;
import io.throughline.core.testing.InMemoryEvidenceLedger;
import io.throughline.core.testing.InMemoryInitiatives;
import io.throughline.core.testing.InMemoryRollUps;
import io.throughline.core.testing.InMemoryStageHistory;
import io.throughline.core.testing.InMemoryStageMappings;
import io.throughline.core.trace.DeliveryRollUps;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes honour the same contracts as the real stores, so tests on them mean something. */
class InMemoryContractsTest {

    @Nested
    class Initiatives extends InitiativeRepositoryContract {
        @Override
        protected InitiativeRepository newRepository() {
            return new InMemoryInitiatives();
        }
    }

    @Nested
    class Stages extends StageHistoryContract {
        @Override
        protected StageHistory newHistory() {
            return new InMemoryStageHistory();
        }
    }

    @Nested
    class Statuses extends DependencyStatusesContract {
        @Override
        protected io.throughline.core.portfolio.DependencyStatuses newStatuses() {
            return new io.throughline.core.testing.InMemoryDependencyStatuses();
        }
    }

    @Nested
    class Scorecard extends ScorecardLinesContract {
        @Override
        protected io.throughline.core.scorecard.ScorecardLines newLines() {
            return new io.throughline.core.testing.InMemoryScorecardLines();
        }
    }

    @Nested
    class Evidence extends EvidenceLedgerContract {
        @Override
        protected EvidenceLedger newLedger() {
            return new InMemoryEvidenceLedger();
        }
    }

    @Nested
    class Dependencies extends DependencyRepositoryContract {
        @Override
        protected DependencyRepository newRepository() {
            return new InMemoryDependencies();
        }
    }

    @Nested
    class StageMappings extends StageMappingRepositoryContract {
        @Override
        protected StageMappingRepository newRepository() {
            return new InMemoryStageMappings();
        }
    }

    @Nested
    class RollUps extends DeliveryRollUpsContract {
        @Override
        protected DeliveryRollUps newRollUps() {
            return new InMemoryRollUps();
        }
    }

    @Nested
    class Contracts extends ContractRecordsContract {
        @Override
        protected ContractRecords newRecords() {
            return new InMemoryContracts();
        }
    }

    @Nested
    class Assumptions extends io.throughline.core.assumption.AssumptionRecordsContract {
        @Override
        protected io.throughline.core.assumption.AssumptionRecords newRecords() {
            return new io.throughline.core.testing.InMemoryAssumptions();
        }
    }

    @Nested
    class Interactions extends InteractionRepositoryContract {
        @Override
        protected io.throughline.core.interaction.InteractionRepository newRepository() {
            return new io.throughline.core.testing.InMemoryInteractions();
        }
    }

    @Nested
    class Events extends DeliveryEventsContract {
        @Override
        protected io.throughline.core.performance.DeliveryEvents newEvents() {
            return new io.throughline.core.testing.InMemoryDeliveryEvents();
        }
    }

    @Nested
    class Settings extends SettingsRepositoryContract {
        @Override
        protected io.throughline.core.setting.SettingsRepository newRepository() {
            return new io.throughline.core.testing.InMemorySettings();
        }
    }
}
