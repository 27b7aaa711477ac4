package io.throughline.store.ao;

import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/** {@link AoAccess} over an AO {@link EntityManager}, for the preview, tests and benchmarks. */
public final class EntityManagerAccess implements AoAccess {

    private final EntityManager entityManager;

    public EntityManagerAccess(EntityManager entityManager) {
        this.entityManager = entityManager;
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
    public <R> R inTransaction(Supplier<R> work) {
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
