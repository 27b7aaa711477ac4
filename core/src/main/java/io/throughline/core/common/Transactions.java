package io.throughline.core.common;

import java.util.function.Supplier;

/**
 * Port: the store's transactions, asked for by the core. Every use case that writes runs all of its
 * reads and writes through one call, so no host can forget a transaction and a refusal half-way
 * leaves nothing stored. Implemented over Active Objects' transaction in Jira and over the
 * stand-alone database elsewhere.
 */
public interface Transactions {

    /**
     * Runs {@code work} in one transaction, joining the one already open on this thread if there is
     * one. Any exception rolls all of it back and reaches the caller unchanged.
     */
    <T> T inOne(Supplier<T> work);
}
