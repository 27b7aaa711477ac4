package io.throughline.store.ao;

import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The Active Objects operations the repositories use. Two implementations: over an AO
 * {@code EntityManager} here (preview, tests, benchmarks), and over Jira's {@code ActiveObjects}
 * service in the Jira plugin. Failures surface as {@link StoreException}.
 */
public interface AoAccess {

    /** Creates or extends the tables of the given entities (never drops anything). */
    void migrate(Class<? extends RawEntity<?>>[] entities);

    /** Creates a row; keys are column names as the field-name converter spells them. */
    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values);

    /**
     * Creates many rows of one type, none of whose ids the caller needs. By default one
     * {@link #create} per row (what Jira's {@code ActiveObjects} service is confirmed to offer);
     * outside Jira one batched insert (AO's {@code EntityManager#create(Class, List)}).
     */
    default <T extends RawEntity<K>, K> void createAll(Class<T> type, java.util.List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            create(type, row);
        }
    }

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    /** Deletes rows. Only for data that is configuration, never for ledgers or histories. */
    void delete(RawEntity<?>... entities);

    /**
     * Runs a plain-SQL read of the app's own tables (see {@link SqlRead}) on the connection AO itself
     * would use, so inside {@link #inTransaction} it sees that transaction's writes.
     */
    <R> R read(SqlRead<R> read);

    /**
     * Runs the work in one database transaction; any exception rolls all of it back. Called while
     * this thread is already inside one, the work joins it (see {@link OneTransactionPerThread}).
     */
    <R> R inTransaction(Supplier<R> work);
}
