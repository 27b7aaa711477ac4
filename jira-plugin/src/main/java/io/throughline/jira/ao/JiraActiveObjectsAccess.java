package io.throughline.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.StoreException;
import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** {@link AoAccess} over Jira's Active Objects service: the same repositories run inside Jira. */
public final class JiraActiveObjectsAccess implements AoAccess {

    private final ActiveObjects ao;

    public JiraActiveObjectsAccess(ActiveObjects ao) {
        this.ao = ao;
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
    public <R> R inTransaction(Supplier<R> work) {
        return ao.executeInTransaction(work::get);
    }
}
