package io.throughline.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.OneTransactionPerThread;
import io.throughline.store.ao.SqlNames;
import io.throughline.store.ao.SqlRead;
import io.throughline.store.ao.StoreException;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * {@link AoAccess} over Jira's Active Objects service, so the same repositories run inside Jira. The
 * plain-SQL reads run on the connection SAL's {@link TransactionalExecutorFactory} lends plugins
 * (read-only, joining the current transaction where there is one); the AO tables live in Jira's
 * database, so the names come from that connection's metadata.
 */
public final class JiraActiveObjectsAccess implements AoAccess {

    private final ActiveObjects ao;
    private final TransactionalExecutorFactory executors;
    private final SqlNames.Once names = new SqlNames.Once();
    private final OneTransactionPerThread transactions = new OneTransactionPerThread();

    public JiraActiveObjectsAccess(ActiveObjects ao, TransactionalExecutorFactory executors) {
        this.ao = ao;
        this.executors = executors;
    }

    /**
     * For an upgrade task, which is handed only the AO service: upgrade steps work through AO's
     * entities, and a plain-SQL read there is refused rather than run against a half-migrated schema.
     */
    public static JiraActiveObjectsAccess forUpgrade(ActiveObjects ao) {
        return new JiraActiveObjectsAccess(ao, new NoConnectionsDuringUpgrade());
    }

    /** SAL's factory has only default methods (no lambda target): a class that refuses the one we call. */
    static final class NoConnectionsDuringUpgrade implements TransactionalExecutorFactory {
        @Override
        public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
            throw new IllegalStateException("plain-SQL reads are not available to a schema upgrade step");
        }
    }

    @Override
    public void migrate(Class<? extends RawEntity<?>>[] entities) {
        ao.migrate(entities);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        try {
            return ao.create(type, values);
        } catch (RuntimeException e) {
            throw new StoreException("could not create " + type.getSimpleName(), e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        try {
            return ao.find(type, query);
        } catch (RuntimeException e) {
            throw new StoreException("could not read " + type.getSimpleName(), e);
        }
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        ao.delete(entities);
    }

    @Override
    public <R> R read(SqlRead<R> read) {
        try {
            return executors.createExecutor(true, false).execute(connection -> {
                try {
                    SqlNames known = names.of(connection);
                    return read.read(connection, known);
                } catch (SQLException e) {
                    throw new StoreException("could not read the app's tables", e);
                }
            });
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("could not read the app's tables", e);
        }
    }

    @Override
    public <R> R inTransaction(Supplier<R> work) {
        return transactions.run(work, outermost -> ao.executeInTransaction(outermost::get));
    }
}
