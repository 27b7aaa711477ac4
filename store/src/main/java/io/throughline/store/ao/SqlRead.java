package io.throughline.store.ao;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A read of the app's own tables in plain SQL, for the few paths where Active Objects' per-row
 * entity proxies cost more than the query itself (the gate inside a transition, the portfolio).
 * It only reads; every write goes through AO.
 */
@FunctionalInterface
public interface SqlRead<R> {

    R read(Connection connection, SqlNames names) throws SQLException;
}
