package io.throughline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.store.ao.SqlNames;
import io.throughline.store.ao.StoreSchema;
import io.throughline.store.standalone.AoDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schema as the databases report it after migration: AO's name limits and our indexes. */
class SchemaTest {

    private static final String PREFIX = "AO_4B8D87";

    @Test
    void tablePrefixIsDerivedFromTheNamespaceAsJiraDoes() {
        assertThat(StoreSchema.tablePrefix(StoreSchema.NAMESPACE)).isEqualTo(PREFIX);
        // Jira Software's well-known prefix, from its namespace, checks the derivation itself.
        assertThat(StoreSchema.tablePrefix("com.pyxis.greenhopper.jira")).isEqualTo("AO_60DB71");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void plainSqlNamesEveryTableAsActiveObjectsCreatedIt(TestDatabases kind) {
        try (AoDatabase db = kind.fresh()) {
            for (Class<? extends RawEntity<?>> entity : StoreSchema.ENTITIES) {
                assertThat(SqlNames.tableName(entity)).as(entity.getSimpleName())
                        .isEqualTo(db.entityManager().getTableNameConverter().getName(entity));
            }
            // The names resolve in this database: the schema found, quoting as it needs (PostgreSQL folds case).
            int rows = db.access().read((connection, names) -> {
                try (var statement = connection.prepareStatement("SELECT COUNT(*) FROM "
                        + names.table(io.throughline.store.initiative.InitiativeEntity.class) + " WHERE "
                        + names.column("ISSUE_KEY") + " IS NOT NULL");
                     var result = statement.executeQuery()) {
                    result.next();
                    return result.getInt(1);
                }
            });
            assertThat(rows).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void everyNameFitsActiveObjectsLimits(TestDatabases kind) throws SQLException {
        Map<String, Set<String>> schema = read(kind).columns;

        assertThat(schema.keySet()).containsExactlyInAnyOrder(
                PREFIX + "_INITIATIVE", PREFIX + "_STAGE_CHANGE", PREFIX + "_EVIDENCE", PREFIX + "_EVIDENCE_FIX",
                PREFIX + "_DEPENDENCY", PREFIX + "_DEP_CHANGE", PREFIX + "_MODEL_VERSION",
                PREFIX + "_STAGE_MAPPING", PREFIX + "_INITIATIVE_CLAIM", PREFIX + "_DELIVERY_ROLLUP",
                PREFIX + "_COMMITMENT", PREFIX + "_CONTRACT_CHANGE", PREFIX + "_ASSUMPTION", PREFIX + "_ASSUMPTION_FIX",
                PREFIX + "_EVIDENCE_CONFIRM", PREFIX + "_INTERACTION_MODE", PREFIX + "_INTERACTION_CLAIM",
                PREFIX + "_DELIVERY_EVENT", PREFIX + "_EVENT_ISSUE", PREFIX + "_SETTING", PREFIX + "_SETTING_CLAIM",
                PREFIX + "_SCORE_LINE", PREFIX + "_DEP_STATUS");
        schema.forEach((table, columns) -> {
            assertThat(table).hasSizeLessThanOrEqualTo(30);
            assertThat(table.substring(PREFIX.length() + 1)).hasSizeLessThanOrEqualTo(20);
            assertThat(columns).allSatisfy(column -> assertThat(column).hasSizeLessThanOrEqualTo(30));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void everyColumnUsedToFilterOrJoinIsIndexed(TestDatabases kind) throws SQLException {
        Map<String, Set<String>> indexed = read(kind).indexedColumns;

        assertThat(indexed.get(PREFIX + "_INITIATIVE")).contains("ISSUE_KEY", "TEAM", "STAGE");
        assertThat(indexed.get(PREFIX + "_STAGE_CHANGE")).contains("ISSUE_KEY", "TO_STAGE", "CHANGED_AT");
        assertThat(indexed.get(PREFIX + "_EVIDENCE")).contains("ISSUE_KEY", "SUPERSEDES_ID", "RECORDED_AT");
        assertThat(indexed.get(PREFIX + "_DEPENDENCY"))
                .contains("CONSUMER_KEY", "PROVIDER_TEAM", "PROVIDER_ISSUE", "STATE", "NEEDED_BY");
        assertThat(indexed.get(PREFIX + "_DEP_CHANGE")).contains("DEPENDENCY_ID", "CAS_KEY");
        assertThat(indexed.get(PREFIX + "_INITIATIVE_CLAIM")).contains("CAS_KEY");
        assertThat(indexed.get(PREFIX + "_DELIVERY_ROLLUP")).contains("INITIATIVE_KEY");
        assertThat(indexed.get(PREFIX + "_COMMITMENT")).contains("ISSUE_KEY");
        assertThat(indexed.get(PREFIX + "_CONTRACT_CHANGE")).contains("ISSUE_KEY", "CHANGED_AT");
        assertThat(indexed.get(PREFIX + "_ASSUMPTION")).contains("ISSUE_KEY");
        assertThat(indexed.get(PREFIX + "_ASSUMPTION_FIX")).contains("ASSUMPTION_ID", "CAS_KEY");
        assertThat(indexed.get(PREFIX + "_EVIDENCE_CONFIRM")).contains("EVIDENCE_ID", "CONFIRMED_AT");
        assertThat(indexed.get(PREFIX + "_INTERACTION_MODE")).contains("PAIR_KEY");
        assertThat(indexed.get(PREFIX + "_INTERACTION_CLAIM")).contains("VERSION");
        assertThat(indexed.get(PREFIX + "_DELIVERY_EVENT")).contains("EVENT_KEY", "HAPPENED_AT", "SUBJECT", "SERVICE");
        assertThat(indexed.get(PREFIX + "_EVENT_ISSUE")).contains("EVENT_KEY", "ISSUE_KEY", "PROJECT");
        assertThat(indexed.get(PREFIX + "_SETTING")).contains("SETTING_NAME");
        assertThat(indexed.get(PREFIX + "_SETTING_CLAIM")).contains("VERSION");
        assertThat(indexed.get(PREFIX + "_SCORE_LINE")).contains("LINE_KEY", "INITIATIVE_KEY", "LINE_DAY", "WEEKLY");
        assertThat(indexed.get(PREFIX + "_DEP_STATUS")).contains("DEPENDENCY_ID", "CONSUMER_KEY", "PROVIDER_ISSUE",
                "JUDGED_ON");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aScorecardLineIsUniquePerInitiativeAndDayAndFoundByBoth(TestDatabases kind) throws SQLException {
        try (AoDatabase db = kind.fresh(); Connection connection = db.dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String table = tableAsStored(meta, db.schema(), PREFIX + "_SCORE_LINE");
            Map<String, java.util.List<String>> unique = indexes(meta.getIndexInfo(null, db.schema(), table, true, false));
            Map<String, java.util.List<String>> all = indexes(meta.getIndexInfo(null, db.schema(), table, false, false));

            assertThat(unique.values()).contains(java.util.List.of("LINE_KEY"));
            assertThat(all.values()).contains(java.util.List.of("INITIATIVE_KEY", "LINE_DAY"),
                    java.util.List.of("WEEKLY", "LINE_DAY"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aDependencyStatusIsUniquePerDependency(TestDatabases kind) throws SQLException {
        try (AoDatabase db = kind.fresh(); Connection connection = db.dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String table = tableAsStored(meta, db.schema(), PREFIX + "_DEP_STATUS");
            Map<String, java.util.List<String>> unique = indexes(meta.getIndexInfo(null, db.schema(), table, true, false));

            assertThat(unique.values()).contains(java.util.List.of("DEPENDENCY_ID"));
        }
    }

    /** The table's name as the database keeps it (PostgreSQL keeps AO's quoted upper case). */
    private static String tableAsStored(DatabaseMetaData meta, String schema, String upper) throws SQLException {
        try (ResultSet tables = meta.getTables(null, schema, "AO_%", new String[] {"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(upper)) {
                    return tables.getString("TABLE_NAME");
                }
            }
        }
        throw new AssertionError("no table " + upper);
    }

    /** Each index's columns in their order, by index name. */
    private static Map<String, java.util.List<String>> indexes(ResultSet rows) throws SQLException {
        Map<String, java.util.TreeMap<Short, String>> found = new HashMap<>();
        try (rows) {
            while (rows.next()) {
                if (rows.getString("COLUMN_NAME") != null) {
                    found.computeIfAbsent(rows.getString("INDEX_NAME"), name -> new java.util.TreeMap<>())
                            .put(rows.getShort("ORDINAL_POSITION"), rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        Map<String, java.util.List<String>> indexes = new HashMap<>();
        found.forEach((name, columns) -> indexes.put(name, java.util.List.copyOf(columns.values())));
        return indexes;
    }

    private record Schema(Map<String, Set<String>> columns, Map<String, Set<String>> indexedColumns) {
    }

    private static Schema read(TestDatabases kind) throws SQLException {
        try (AoDatabase db = kind.fresh(); Connection connection = db.dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            Map<String, Set<String>> columns = new HashMap<>();
            Map<String, Set<String>> indexed = new HashMap<>();
            try (ResultSet tables = meta.getTables(null, db.schema(), "AO_%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    columns.put(table.toUpperCase(Locale.ROOT), names(meta.getColumns(null, db.schema(), table, "%"),
                            "COLUMN_NAME"));
                    indexed.put(table.toUpperCase(Locale.ROOT), names(meta.getIndexInfo(null, db.schema(), table,
                            false, false), "COLUMN_NAME"));
                }
            }
            return new Schema(columns, indexed);
        }
    }

    private static Set<String> names(ResultSet rows, String column) throws SQLException {
        Set<String> names = new HashSet<>();
        try (rows) {
            while (rows.next()) {
                String name = rows.getString(column);
                if (name != null) {
                    names.add(name.toUpperCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}
