package io.throughline.store;

import io.throughline.store.standalone.AoDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, migrated databases for store tests: private in-memory H2 databases, and databases on one
 * real PostgreSQL server (embedded, from Maven Central) started once per test JVM.
 */
public enum TestDatabases {
    H2 {
        @Override
        public AoDatabase blank() {
            return AoDatabase.h2Memory("t" + COUNTER.incrementAndGet());
        }
    },
    POSTGRES {
        @Override
        public AoDatabase blank() {
            String name = "t" + COUNTER.incrementAndGet();
            EmbeddedPostgres server = Server.INSTANCE;
            try (Connection admin = server.getPostgresDatabase().getConnection();
                 Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("could not create test database " + name, e);
            }
            return AoDatabase.open(server.getJdbcUrl("postgres", name), "postgres", "");
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** An empty database with no tables at all. */
    public abstract AoDatabase blank();

    /** An empty database at the current schema. */
    public AoDatabase fresh() {
        return blank().migrate();
    }

    /** The PostgreSQL server, started on first use and stopped when the JVM exits. */
    private static final class Server {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // the JVM is going away; nothing left to tell
                    }
                }));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
        }
    }
}
