package io.throughline.store;

import static io.throughline.core.testing.DependencyBuilder.dependency;
import static io.throughline.core.testing.EvidenceBuilder.reading;
import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageChange;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.dependency.AoDependencies;
import io.throughline.store.evidence.AoEvidenceLedger;
import io.throughline.store.initiative.AoInitiatives;
import io.throughline.store.initiative.AoStageHistory;
import io.throughline.store.standalone.AoDatabase;
import io.throughline.store.standalone.SchemaUpgrader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one EntityManager wrote to a file-backed H2 database is all there after closing and reopening. */
class RestartDurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void everythingWrittenBeforeARestartIsReadBackAfterIt() {
        Initiative initiative = initiative("GROW-1").stage(Stage.COMMITTED).horizon(LocalDate.of(2026, 5, 1)).build();
        StageChange committed = new StageChange(initiative.key(), Optional.of(Stage.BET), Stage.COMMITTED,
                UserRef.of("pm.growth"), Instant.parse("2026-01-10T08:00:00.125Z"));
        EvidenceEntry entry;
        Dependency delivered;
        try (AoDatabase first = AoDatabase.h2File(dataDir).migrate()) {
            AoAccess ao = first.access();
            new AoInitiatives(ao).save(initiative);
            new AoStageHistory(ao).record(committed);
            entry = new AoEvidenceLedger(ao).append(reading("23.5").on(initiative.key()).build());
            AoDependencies dependencies = new AoDependencies(ao);
            Dependency requested = dependencies.create(dependency(1).request());
            Dependency promised = requested.commit(UserRef.of("lead.identity"),
                    Instant.parse("2026-01-06T09:30:00Z"), LocalDate.of(2026, 2, 20));
            dependencies.recordTransition(promised);
            delivered = promised.deliver(UserRef.of("lead.identity"), Instant.parse("2026-02-18T16:00:00Z"));
            dependencies.recordTransition(delivered);
        }

        try (AoDatabase reopened = AoDatabase.h2File(dataDir).migrate()) {
            AoAccess ao = reopened.access();
            assertThat(new AoInitiatives(ao).find(initiative.key())).contains(initiative);
            assertThat(new AoStageHistory(ao).changesFor(initiative.key())).containsExactly(committed);
            assertThat(new AoEvidenceLedger(ao).entriesFor(initiative.key())).containsExactly(entry);
            assertThat(new AoDependencies(ao).findAll()).containsExactly(delivered);
            assertThat(SchemaUpgrader.storedVersion(ao)).isEqualTo(SchemaUpgrader.CURRENT_MODEL_VERSION);
        }
    }
}
