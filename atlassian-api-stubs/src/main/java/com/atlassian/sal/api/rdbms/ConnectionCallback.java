// Mirrors https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/rdbms/ConnectionCallback.html — members used by Throughline only.
package com.atlassian.sal.api.rdbms;

import java.sql.Connection;

/** Work on the connection a {@link TransactionalExecutor} provides; it must not close, commit or roll back. */
public interface ConnectionCallback<A> {

    A execute(Connection connection);
}
