package io.throughline.store.standalone;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.StoreSchema;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * An AO EntityManager outside Jira: a pooled connection to H2 or PostgreSQL, Atlassian's name
 * converters with the plugin's namespace (so tables are named exactly as Jira names them), and a
 * count of every statement AO sends, for query-count bounds.
 */
public final class AoDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final EntityManager entityManager;
    private final AtomicLong statements = new AtomicLong();
    private final String schema;
    private final EntityManagerAccess access;

    private AoDatabase(HikariDataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.schema = postgres ? "public" : "PUBLIC";
        var handle = DelegatingDisposableDataSourceHandler.newInstance(dataSource, () -> { });
        DatabaseProvider provider = postgres
                ? new PostgreSQLDatabaseProvider(handle, schema)
                : new H2DatabaseProvider(handle, schema);
        provider.addSqlListener(sql -> statements.incrementAndGet());
        this.entityManager = new EntityManager(provider, configuration(StoreSchema.tablePrefix(StoreSchema.NAMESPACE)));
        this.access = new EntityManagerAccess(entityManager, statements::incrementAndGet);
    }

    /** A file-backed H2 database in {@code directory} (created if needed), as the preview uses. */
    public static AoDatabase h2File(Path directory) {
        Path file = directory.toAbsolutePath().resolve("throughline");
        return open("jdbc:h2:file:" + file, "sa", "");
    }

    /** A private in-memory H2 database that lives until {@link #close()}. */
    public static AoDatabase h2Memory(String name) {
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** H2 or PostgreSQL by JDBC URL. */
    public static AoDatabase open(String jdbcUrl, String user, String password) {
        boolean postgres = jdbcUrl.startsWith("jdbc:postgresql:");
        if (!postgres && !jdbcUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("Throughline's store runs on H2 or PostgreSQL; got " + jdbcUrl);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(16);
        config.setPoolName("throughline-store");
        return new AoDatabase(new HikariDataSource(config), postgres);
    }

    /** Brings the schema to the current model version: upgrades first, then the live entities. */
    public AoDatabase migrate() {
        new SchemaUpgrader().upgrade(access());
        return this;
    }

    public AoAccess access() {
        return access;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Where this database lives, for opening a second node on it. */
    public String jdbcUrl() {
        return dataSource.getJdbcUrl();
    }

    /** The schema AO was given: {@code PUBLIC} on H2, {@code public} on PostgreSQL. */
    public String schema() {
        return schema;
    }

    /** Statements sent since this database was opened: AO's own and those of the store's plain-SQL reads. */
    public long statementCount() {
        return statements.get();
    }

    @Override
    public void close() {
        entityManager.flushAll();
        dataSource.close();
    }

    private static EntityManagerConfiguration configuration(String prefix) {
        NameConverters names = new SimpleNameConverters(
                new AtlassianTableNameConverter(table -> prefix + "_" + table),
                new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
        // Only our own tables are ever created, altered or dropped.
        SchemaConfiguration ours = (table, caseSensitive) -> caseSensitive
                ? table.startsWith(prefix)
                : table.toUpperCase(Locale.ENGLISH).startsWith(prefix);
        EntityInfoResolverFactory resolvers = new CachingEntityInfoResolverFactory();
        return new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return ours;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return resolvers;
            }
        };
    }
}
