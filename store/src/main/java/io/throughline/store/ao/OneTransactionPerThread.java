package io.throughline.store.ao;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Makes an {@link AoAccess}'s transactions join: work asked for while this thread is already inside
 * one runs in that one instead of opening another. A use case's transaction and the repository
 * transactions inside it are then one database transaction, whatever the underlying API does with
 * nesting (AO's EntityManager would commit the outer one early; Jira's nesting is not documented).
 */
public final class OneTransactionPerThread {

    private final ThreadLocal<Boolean> open = new ThreadLocal<>();

    /** Runs {@code work} in this thread's open transaction, or in a new one that {@code begin} starts. */
    public <R> R run(Supplier<R> work, Function<Supplier<R>, R> begin) {
        if (open.get() != null) {
            return work.get();
        }
        open.set(Boolean.TRUE);
        try {
            return begin.apply(work);
        } finally {
            open.remove();
        }
    }
}
