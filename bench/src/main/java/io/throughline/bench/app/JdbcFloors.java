package io.throughline.bench.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The floors: plain JDBC reading the same rows the app reads, every column of every row, on a pooled
 * connection, one prepared statement per table and nothing built from the rows.
 */
public final class JdbcFloors {

    private static final String INITIATIVE = "SELECT * FROM " + Sql.table("INITIATIVE") + " WHERE "
            + Sql.column("ISSUE_KEY") + " = ?";
    private static final String EVIDENCE = "SELECT * FROM " + Sql.table("EVIDENCE") + " WHERE "
            + Sql.column("ISSUE_KEY") + " = ? ORDER BY " + Sql.column("ID");
    private static final String DEPENDENCIES = "SELECT * FROM " + Sql.table("DEPENDENCY") + " WHERE "
            + Sql.column("CONSUMER_KEY") + " = ? ORDER BY " + Sql.column("ID");
    private static final String CHANGES = "SELECT c.* FROM " + Sql.table("DEP_CHANGE") + " c JOIN "
            + Sql.table("DEPENDENCY") + " d ON d." + Sql.column("ID") + " = c." + Sql.column("DEPENDENCY_ID")
            + " WHERE d." + Sql.column("CONSUMER_KEY") + " = ? ORDER BY c." + Sql.column("DEPENDENCY_ID")
            + ", c." + Sql.column("SEQ");
    private static final String ALL_DEPENDENCIES = "SELECT * FROM " + Sql.table("DEPENDENCY");
    private static final String ALL_ROLLUPS = "SELECT * FROM " + Sql.table("DELIVERY_ROLLUP");

    private JdbcFloors() {
    }

    /** Figure 1's floor: the initiative, its evidence, its dependencies and their changes. */
    public static void gateReads(DataSource data, String issueKey, Consumer<Object> sink) {
        try (Connection connection = data.getConnection()) {
            for (String sql : List.of(INITIATIVE, EVIDENCE, DEPENDENCIES, CHANGES)) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, issueKey);
                    readAll(statement, sink);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("floor read failed", e);
        }
    }

    /** Figure 2's floor: a scan of every dependency row. */
    public static void dependencyScan(DataSource data, Consumer<Object> sink) {
        try (Connection connection = data.getConnection();
             PreparedStatement statement = connection.prepareStatement(ALL_DEPENDENCIES)) {
            statement.setFetchSize(1_000);
            readAll(statement, sink);
        } catch (SQLException e) {
            throw new IllegalStateException("floor scan failed", e);
        }
    }

    /** Figure 5's floor: a scan of every stored delivery roll-up. */
    public static void rollUpScan(DataSource data, Consumer<Object> sink) {
        try (Connection connection = data.getConnection();
             PreparedStatement statement = connection.prepareStatement(ALL_ROLLUPS)) {
            statement.setFetchSize(1_000);
            readAll(statement, sink);
        } catch (SQLException e) {
            throw new IllegalStateException("floor scan failed", e);
        }
    }

    /** The scan again, keeping every row's values: the floor for figure 2's peak heap. */
    public static List<Object[]> dependencyRows(DataSource data) {
        List<Object[]> rows = new ArrayList<>();
        try (Connection connection = data.getConnection();
             PreparedStatement statement = connection.prepareStatement(ALL_DEPENDENCIES)) {
            statement.setFetchSize(1_000);
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("floor scan failed", e);
        }
        return rows;
    }

    private static void readAll(PreparedStatement statement, Consumer<Object> sink) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    sink.accept(rows.getObject(c));
                }
            }
        }
    }
}
