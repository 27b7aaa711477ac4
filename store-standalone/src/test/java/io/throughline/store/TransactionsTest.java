package io.throughline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageChange;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.store.ao.AoTransactions;
import io.throughline.store.initiative.AoInitiatives;
import io.throughline.store.initiative.AoStageHistory;
import io.throughline.store.standalone.AoDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The core's transactions over the stand-alone store: a use case's transaction and the repository
 * transactions inside it are one, so a failure anywhere leaves nothing behind (AO's own nested
 * transaction would have committed the inner work early).
 */
class TransactionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void workThatFailsAfterRepositoriesWroteLeavesNothing(TestDatabases kind) {
        try (AoDatabase database = kind.fresh()) {
            AoInitiatives initiatives = new AoInitiatives(database.access());
            AoStageHistory stages = new AoStageHistory(database.access());
            AoTransactions transactions = new AoTransactions(database.access());

            assertThatThrownBy(() -> transactions.inOne(() -> {
                initiatives.save(InitiativeBuilder.initiative(GROW_1.value()).team("GROW").build());
                stages.record(new StageChange(GROW_1, Optional.empty(),
                        Stage.BET, UserRef.of("pm"), Instant.EPOCH));
                throw new IllegalStateException("refused after writing");
            })).hasMessage("refused after writing");

            assertThat(initiatives.find(GROW_1)).isEmpty();
            assertThat(stages.changesFor(GROW_1)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aRefusedUseCaseStoresNothingAndAnAcceptedOneStoresAll(TestDatabases kind) {
        try (AoDatabase database = kind.fresh()) {
            StoreWorld world = new StoreWorld(database, TODAY, Team.of("GROW"));
            world.app.initiatives().recordHostChange(world.admin,
                    InitiativeBuilder.initiative(GROW_1.value()).team("GROW").stage(Stage.COMMITTED).build());

            assertThatThrownBy(() -> world.app.evidence().record(world.admin, GROW_1,
                    new EvidenceForm("RESEARCH", "", null, null, TODAY.toString(), null)));
            world.app.evidence().record(world.admin, GROW_1,
                    new EvidenceForm("RESEARCH", "Survey of admins", null, null, TODAY.toString(), null));

            assertThat(world.ports.evidence().entriesFor(GROW_1)).hasSize(1);
            assertThat(world.ports.stages().changesFor(GROW_1)).hasSize(1);
        }
    }
}
