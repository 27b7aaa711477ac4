package io.throughline.store.ao;

import io.throughline.core.common.Transactions;
import java.util.function.Supplier;

/**
 * The core's transactions over the store's AO access: Jira's {@code ActiveObjects} transaction in
 * the plugin, the stand-alone EntityManager's elsewhere. Both join a transaction already open on
 * the calling thread, so a repository's own transaction inside a use case's is part of it.
 */
public final class AoTransactions implements Transactions {

    private final AoAccess ao;

    public AoTransactions(AoAccess ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inOne(Supplier<T> work) {
        return ao.inTransaction(work);
    }
}
