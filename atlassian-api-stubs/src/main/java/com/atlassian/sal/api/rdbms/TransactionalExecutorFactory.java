// Mirrors https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/TransactionalExecutorFactory.html — members used by Throughline only.
package com.atlassian.sal.api.rdbms;

/** Provided by the host: creates executors that hand a plugin a JDBC connection to the host's database. */
public interface TransactionalExecutorFactory {

    TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew);
}
