// Mirrors https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/TransactionalExecutor.html — members used by Throughline only.
package com.atlassian.sal.api.rdbms;

/** Runs a callback with a connection, inside a transaction the host manages. */
public interface TransactionalExecutor {

    <A> A execute(ConnectionCallback<A> callback);
}
