package io.throughline.store.ao;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;

/**
 * Table and column names for {@link SqlRead}s, spelled and quoted as this database needs them:
 * the tables are the ones AO created ({@code AO_4B8D87_...}, upper case, quoted where the database
 * folds case, e.g. PostgreSQL), in the schema where they actually are. The quote comes from JDBC's
 * metadata (a back-tick on MySQL, a double quote elsewhere), so the same SQL serves every database
 * Jira supports. {@link #arrays()} says whether a list of values may be bound as one array.
 */
public final class SqlNames {

    private final String quote;
    private final String schemaPrefix;
    private final boolean arrays;
    private final Map<Class<?>, String> tables = new ConcurrentHashMap<>();
    private final Map<String, String> statements = new ConcurrentHashMap<>();

    SqlNames(String quote, String schema, boolean arrays) {
        this.quote = quote == null || quote.isBlank() ? "" : quote.strip();
        this.schemaPrefix = schema == null || schema.isEmpty() ? "" : quoted(schema) + ".";
        this.arrays = arrays;
    }

    /**
     * Names for the database behind {@code connection}: the schema is the one that holds the app's
     * initiative table, preferring the connection's own schema if it holds one too.
     */
    public static SqlNames of(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String table = tableName(StoreSchema.ENTITIES.get(0));
        List<String> schemas = new ArrayList<>();
        try (ResultSet tables = metadata.getTables(null, null, table, new String[] {"TABLE"})) {
            while (tables.next()) {
                if (table.equals(tables.getString("TABLE_NAME"))) {
                    schemas.add(tables.getString("TABLE_SCHEM"));
                }
            }
        }
        String own = connection.getSchema();
        String schema;
        if (schemas.contains(own) || schemas.isEmpty()) {
            schema = own;
        } else if (schemas.size() == 1) {
            schema = schemas.get(0);
        } else {
            throw new SQLException("the app's table " + table + " is in several schemas " + schemas
                    + " and the connection's own schema (" + own + ") is none of them");
        }
        return new SqlNames(metadata.getIdentifierQuoteString(), schema,
                "PostgreSQL".equals(metadata.getDatabaseProductName()));
    }

    /** The names for one database, resolved from the first connection that asks and kept. */
    public static final class Once {
        private volatile SqlNames names;

        public SqlNames of(Connection connection) throws SQLException {
            SqlNames known = names;
            if (known == null) {
                known = SqlNames.of(connection);
                names = known;
            }
            return known;
        }
    }

    /** The table AO creates for an entity: the namespace's prefix and the entity's {@code @Table} name. */
    public static String tableName(Class<? extends RawEntity<?>> entity) {
        Table table = Objects.requireNonNull(entity.getAnnotation(Table.class), () -> entity + " has no @Table");
        return StoreSchema.tablePrefix(StoreSchema.NAMESPACE) + "_" + table.value().toUpperCase(java.util.Locale.ENGLISH);
    }

    /**
     * A statement's SQL, built once per database by {@code build} and kept under {@code name} (a
     * repository's constant): hot reads should not rebuild their text on every call.
     */
    public String sql(String name, Function<SqlNames, String> build) {
        String known = statements.get(name);
        if (known == null) {
            known = build.apply(this);
            statements.put(name, known);
        }
        return known;
    }

    /**
     * Whether a list of values is bound as one array parameter, {@code column = ANY (?)}: on PostgreSQL,
     * where the plan it caches for a statement then estimates the list from the array instead of counting
     * every parameter of a fixed IN list as a distinct value, and one statement takes a list of any length.
     * Elsewhere lists are IN lists of parameters, in chunks.
     */
    public boolean arrays() {
        return arrays;
    }

    /** The entity's table, schema-qualified and quoted. */
    public String table(Class<? extends RawEntity<?>> entity) {
        return tables.computeIfAbsent(entity, type -> schemaPrefix + quoted(tableName(entity)));
    }

    /** Quoted column names, comma-separated, in the order given. */
    public String columns(String... names) {
        StringBuilder list = new StringBuilder();
        for (String name : names) {
            if (list.length() > 0) {
                list.append(", ");
            }
            list.append(quoted(name));
        }
        return list.toString();
    }

    /** One quoted column name (upper case, as AO's field-name converter spells it). */
    public String column(String name) {
        return quoted(name);
    }

    private String quoted(String name) {
        return quote + name + quote;
    }
}
