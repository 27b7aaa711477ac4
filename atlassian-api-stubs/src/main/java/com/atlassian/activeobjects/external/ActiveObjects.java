// Mirrors https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjects.html — members used by Throughline only.
package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.Map;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** The host's Active Objects service for this plugin's namespace. */
public interface ActiveObjects {
    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    void delete(RawEntity<?>... entities);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
