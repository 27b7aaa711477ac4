package io.throughline.core.testing;

import io.throughline.core.common.Transactions;
import java.util.function.Supplier;

/**
 * Transactions for the in-memory host: work runs directly, nested calls join the open one, and
 * the fake tells whether one is open, so tests can check that every write happens inside one.
 */
public final class InMemoryTransactions implements Transactions {

    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    private int opened;

    @Override
    public <T> T inOne(Supplier<T> work) {
        int[] open = depth.get();
        if (open[0] == 0) {
            synchronized (this) {
                opened++;
            }
        }
        open[0]++;
        try {
            return work.get();
        } finally {
            open[0]--;
        }
    }

    /** Whether the calling thread is inside a transaction now. */
    public boolean open() {
        return depth.get()[0] > 0;
    }

    /** Outermost transactions begun so far. */
    public synchronized int opened() {
        return opened;
    }
}
