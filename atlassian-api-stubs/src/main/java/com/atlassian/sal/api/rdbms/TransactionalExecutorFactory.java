// Mirrors https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/TransactionalExecutorFactory.html, as platform 7 declares it.
// In SAL every method of this interface is a default method (Bamboo 10.2's implementation, a platform-7 host, lists
// create() and createReadOnly() as inherited and overrides both createExecutor methods:
// https://docs.atlassian.com/atlassian-bamboo/10.2.0/com/atlassian/bamboo/spring/BambooTransactionalExecutorFactory.html).
// So it is no functional interface: implement it with a class, never a lambda. The defaults' exact bodies are the
// host's; here they are inert like every stub body. Throughline calls createExecutor(boolean, boolean) only.
package com.atlassian.sal.api.rdbms;

/** Provided by the host: creates executors that hand a plugin a JDBC connection to the host's database. */
public interface TransactionalExecutorFactory {

    default TransactionalExecutor createExecutor() {
        throw new UnsupportedOperationException("stub");
    }

    default TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        throw new UnsupportedOperationException("stub");
    }

    default TransactionalExecutor create() {
        throw new UnsupportedOperationException("stub");
    }

    default TransactionalExecutor createReadOnly() {
        throw new UnsupportedOperationException("stub");
    }
}
