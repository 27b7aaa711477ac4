package io.throughline.store.standalone;

import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.OneTransactionPerThread;
import io.throughline.store.ao.SqlNames;
import io.throughline.store.ao.SqlRead;
import io.throughline.store.ao.StoreException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/** {@link AoAccess} over an AO {@link EntityManager}, for the preview, tests and benchmarks. */
public final class EntityManagerAccess implements AoAccess {

    /** Runs of one transaction, the first included, before a serialization failure reaches the caller. */
    private static final int ATTEMPTS = 4;

    private final EntityManager entityManager;
    private final Runnable onStatement;
    private final SqlNames.Once names = new SqlNames.Once();
    private final OneTransactionPerThread transactions = new OneTransactionPerThread();

    public EntityManagerAccess(EntityManager entityManager) {
        this(entityManager, () -> { });
    }

    /** With a listener told of every statement a {@link SqlRead} prepares (AO's own have AO's listener). */
    public EntityManagerAccess(EntityManager entityManager, Runnable onStatement) {
        this.entityManager = entityManager;
        this.onStatement = onStatement;
    }

    @Override
    public void migrate(Class<? extends RawEntity<?>>[] entities) {
        try {
            entityManager.migrate(entities);
        } catch (SQLException e) {
            throw new StoreException("could not migrate the schema", e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        try {
            return entityManager.create(type, values);
        } catch (SQLException e) {
            throw new StoreException("could not create " + type.getSimpleName(), e);
        }
    }

    /** One batched insert: AO 3.2's {@code EntityManager#create(Class, List)}, which returns no entities. */
    @Override
    public <T extends RawEntity<K>, K> void createAll(Class<T> type, java.util.List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            entityManager.create(type, rows);
        } catch (SQLException e) {
            throw new StoreException("could not create " + rows.size() + " " + type.getSimpleName(), e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        try {
            return entityManager.find(type, query);
        } catch (SQLException e) {
            throw new StoreException("could not read " + type.getSimpleName(), e);
        }
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        try {
            entityManager.delete(entities);
        } catch (SQLException e) {
            throw new StoreException("could not delete", e);
        }
    }

    @Override
    public <R> R read(SqlRead<R> read) {
        // AO hands out the transaction's connection inside a transaction; closing that one is a no-op.
        try (Connection connection = entityManager.getProvider().getConnection()) {
            SqlNames known = names.of(connection);
            return read.read(counting(connection), known);
        } catch (SQLException e) {
            throw new StoreException("could not read the app's tables", e);
        }
    }

    /** The connection, telling {@link #onStatement} of each statement prepared on it. */
    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")) {
                        onStatement.run();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public <R> R inTransaction(Supplier<R> work) {
        return transactions.run(work, this::begin);
    }

    /**
     * The outermost transaction, run again (from its first read) when the database rolled it back
     * for a serialization failure or deadlock: AO starts its transactions SERIALIZABLE unless told otherwise, where a
     * writer that raced another is told to retry. The second run reads what the winner committed and
     * decides on that (typically a conflict of the repository's own compare-and-set).
     */
    private <R> R begin(Supplier<R> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !StoreException.isRolledBackForRetry(e)) {
                    throw e;
                }
            }
        }
    }

    private <R> R once(Supplier<R> work) {
        try {
            return new Transaction<R>(entityManager) {
                @Override
                protected R run() {
                    return work.get();
                }
            }.execute();
        } catch (SQLException e) {
            throw new StoreException("transaction failed", e);
        }
    }
}
