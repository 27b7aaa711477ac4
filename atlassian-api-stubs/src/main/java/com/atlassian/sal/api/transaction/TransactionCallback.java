// Mirrors https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/transaction/TransactionCallback.html — members used by Throughline only.
package com.atlassian.sal.api.transaction;

/**
 * Work to run inside a transaction.
 *
 * @param <T> result type
 */
public interface TransactionCallback<T> {
    T doInTransaction();
}
