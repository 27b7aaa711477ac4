package io.throughline.bench.db;

import io.throughline.store.standalone.AoDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the benchmark data lives: file-backed H2 databases in a work directory, and databases on
 * one real PostgreSQL server (embedded, from Maven Central) that lives as long as this object.
 * The server skips fsync: it only makes loading faster and changes nothing a read measures.
 */
public final class BenchDatabases implements AutoCloseable {

    /** Which database a figure runs on. */
    public enum Kind { H2, POSTGRES }

    private final Path directory;
    private EmbeddedPostgres postgres;

    public BenchDatabases(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    /** The JDBC URL of the named database of this kind, created empty if it does not exist yet. */
    public String create(Kind kind, String name) {
        return switch (kind) {
            case H2 -> "jdbc:h2:file:" + directory.resolve(name).resolve("throughline");
            case POSTGRES -> createOnPostgres(name);
        };
    }

    /** Opens a database created by {@link #create}, in this or another JVM. */
    public static AoDatabase open(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:")
                ? AoDatabase.open(jdbcUrl, "postgres", "")
                : AoDatabase.open(jdbcUrl, "sa", "");
    }

    private String createOnPostgres(String name) {
        try (Connection admin = server().getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    private EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(directory.resolve("postgres"))
                        .setCleanDataDirectory(true)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
        }
        return postgres;
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
