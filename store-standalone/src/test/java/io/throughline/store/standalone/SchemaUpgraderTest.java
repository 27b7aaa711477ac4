package io.throughline.store.standalone;

import static io.throughline.store.ao.Columns.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.store.TestDatabases;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.dependency.AoDependencies;
import io.throughline.store.dependency.DependencyEntity;
import io.throughline.store.initiative.AoInitiatives;
import io.throughline.store.initiative.InitiativeClaimEntity;
import io.throughline.store.initiative.InitiativeEntity;
import io.throughline.store.upgrade.v1.DependencyChangeV1;
import io.throughline.store.upgrade.v1.DependencyV1;
import net.java.ao.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Databases written by earlier releases are brought to the current model, their data readable and writable. */
class SchemaUpgraderTest {

    private static final long REQUESTED_AT = 1_767_600_000_000L;
    private static final long ANSWERED_AT = REQUESTED_AT + 86_400_000L;

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    @SuppressWarnings("unchecked")
    void versionOneDatabaseGainsAcknowledgedAtBackFilledFromTheFirstAnswer(TestDatabases kind) {
        try (AoDatabase db = kind.blank()) {
            AoAccess ao = db.access();
            ao.migrate(new Class[] {DependencyV1.class, DependencyChangeV1.class});
            SchemaUpgrader.store(ao, 1);
            int answered = versionOneDependency(ao, "GROW-1", 2);
            int waiting = versionOneDependency(ao, "GROW-2", 0);

            int before = new SchemaUpgrader().upgrade(ao);

            assertThat(before).isEqualTo(1);
            assertThat(SchemaUpgrader.storedVersion(ao)).isEqualTo(SchemaUpgrader.CURRENT_MODEL_VERSION);
            assertThat(acknowledgedAt(ao, answered)).isEqualTo(ANSWERED_AT);
            assertThat(acknowledgedAt(ao, waiting)).isNull();
            Dependency read = new AoDependencies(ao).find(new DependencyId(answered)).orElseThrow();
            assertThat(read.version()).isEqualTo(2);
            assertThat(read.acknowledgedAt()).map(java.time.Instant::toEpochMilli).contains(ANSWERED_AT);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void upgradingAnUpToDateDatabaseChangesNothing(TestDatabases kind) {
        try (AoDatabase db = kind.fresh()) {
            long before = db.statementCount();

            int from = new SchemaUpgrader().upgrade(db.access());

            assertThat(from).isEqualTo(SchemaUpgrader.CURRENT_MODEL_VERSION);
            // Reading the version and storing it again; no DDL, no back-fill.
            assertThat(db.statementCount() - before).isLessThanOrEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    @SuppressWarnings("unchecked")
    void anInitiativeWrittenBeforeTheVersionColumnMovesAsIfAtVersionZero(TestDatabases kind) {
        try (AoDatabase db = kind.blank()) {
            AoAccess ao = db.access();
            ao.migrate(new Class[] {InitiativeBeforeVersion.class});
            SchemaUpgrader.store(ao, SchemaUpgrader.CURRENT_MODEL_VERSION);
            ao.create(InitiativeBeforeVersion.class, row("ISSUE_KEY", "GROW-1", "SUMMARY", "Activation onboarding",
                    "TEAM", "Growth", "STAGE", "BET"));

            new SchemaUpgrader().upgrade(ao);
            AoInitiatives initiatives = new AoInitiatives(ao);
            Initiative bet = initiatives.find(InitiativeKey.parse("GROW-1")).orElseThrow();
            initiatives.update(bet.withStage(Stage.COMMITTED), Stage.BET);

            assertThat(initiatives.find(bet.key())).map(Initiative::stage).contains(Stage.COMMITTED);
            assertThat(ao.find(InitiativeEntity.class, Query.select())[0].getVersion()).isEqualTo(1);
            assertThat(ao.find(InitiativeClaimEntity.class, Query.select())).extracting(InitiativeClaimEntity::getCasKey)
                    .containsExactly(ao.find(InitiativeEntity.class, Query.select())[0].getID() + ":1");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    @SuppressWarnings("unchecked")
    void aTableReleasedWithoutItsTimeIndexGainsItWhenTheLiveEntitiesAreMigrated(TestDatabases kind)
            throws java.sql.SQLException {
        try (AoDatabase db = kind.blank()) {
            AoAccess ao = db.access();
            ao.migrate(new Class[] {StageChangeBeforeDigest.class});
            SchemaUpgrader.store(ao, SchemaUpgrader.CURRENT_MODEL_VERSION);
            ao.create(StageChangeBeforeDigest.class, row("ISSUE_KEY", "GROW-1", "TO_STAGE", "BET",
                    "CHANGED_BY", "pm.growth", "CHANGED_AT", REQUESTED_AT));
            assertThat(indexedColumns(db, "STAGE_CHANGE")).contains("ISSUE_KEY").doesNotContain("CHANGED_AT");

            new SchemaUpgrader().upgrade(ao);

            assertThat(indexedColumns(db, "STAGE_CHANGE")).contains("ISSUE_KEY", "TO_STAGE", "CHANGED_AT");
            assertThat(new io.throughline.store.initiative.AoStageHistory(ao)
                    .changesSince(java.time.Instant.ofEpochMilli(REQUESTED_AT)))
                    .extracting(change -> change.initiative().value()).containsExactly("GROW-1");
        }
    }

    /** The columns of the table's indexes, as the database reports them (upper case). */
    private static java.util.Set<String> indexedColumns(AoDatabase db, String table) throws java.sql.SQLException {
        java.util.Set<String> columns = new java.util.HashSet<>();
        try (java.sql.Connection connection = db.dataSource().getConnection()) {
            java.sql.DatabaseMetaData meta = connection.getMetaData();
            try (java.sql.ResultSet tables = meta.getTables(null, db.schema(), "AO_%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String name = tables.getString("TABLE_NAME");
                    if (!name.toUpperCase(java.util.Locale.ROOT).endsWith("_" + table)) {
                        continue;
                    }
                    try (java.sql.ResultSet rows = meta.getIndexInfo(null, db.schema(), name, false, false)) {
                        while (rows.next()) {
                            if (rows.getString("COLUMN_NAME") != null) {
                                columns.add(rows.getString("COLUMN_NAME").toUpperCase(java.util.Locale.ROOT));
                            }
                        }
                    }
                }
            }
        }
        return columns;
    }

    /** A version 1 dependency with {@code changes} change rows (commit, then deliver). */
    private static int versionOneDependency(AoAccess ao, String consumer, int changes) {
        String state = changes == 0 ? "REQUESTED" : changes == 1 ? "COMMITTED" : "DELIVERED";
        DependencyV1 dependency = ao.create(DependencyV1.class, row(
                "CONSUMER_KEY", consumer, "PROVIDER_TEAM", "Identity", "DESCRIPTION", "Auth constraint",
                "NEEDED_BY", 20_500L, "STATE", state, "VERSION", changes,
                "REQUESTED_BY", "pm.growth", "REQUESTED_AT", REQUESTED_AT));
        String[] states = {"REQUESTED", "COMMITTED", "DELIVERED"};
        for (int seq = 1; seq <= changes; seq++) {
            ao.create(DependencyChangeV1.class, row(
                    "DEPENDENCY_ID", dependency.getID(), "SEQ", seq, "CAS_KEY", dependency.getID() + ":" + seq,
                    "FROM_STATE", states[seq - 1], "TO_STATE", states[seq], "CHANGED_BY", "lead.identity",
                    "CHANGED_AT", seq == 1 ? ANSWERED_AT : ANSWERED_AT + 5 * 86_400_000L,
                    "COMMITTED_DATE", seq == 1 ? 20_490L : null));
        }
        return dependency.getID();
    }

    private static Long acknowledgedAt(AoAccess ao, int id) {
        return ao.find(DependencyEntity.class, Query.select().where("ID = ?", id))[0].getAcknowledgedAt();
    }
}
