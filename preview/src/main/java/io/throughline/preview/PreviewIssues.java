package io.throughline.preview;

import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.StatusCategory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What stands in for Jira's own issues in the preview: the epics, stories, tasks and sub-tasks that
 * deliver initiatives, in a host table of the preview's database ({@code PREVIEW_ISSUE}, outside the
 * app's Active Objects namespace, as Jira's issues are outside it), so two preview nodes on one
 * database see the same work. The app never writes here; only the preview's host endpoints do.
 */
final class PreviewIssues {

    /** The workflow of delivery items: three statuses, one per category. */
    static final Map<String, StatusCategory> STATUSES = Map.of("To Do", StatusCategory.TO_DO,
            "In Progress", StatusCategory.IN_PROGRESS, "Done", StatusCategory.DONE);
    static final List<String> STATUS_ORDER = List.of("To Do", "In Progress", "Done");
    static final List<String> TYPES = List.of("Epic", "Story", "Task", "Sub-task");
    static final String SUB_TASK = "Sub-task";
    static final String EPIC = "Epic";

    /** One issue as the host keeps it. */
    record Issue(InitiativeKey key, String summary, String type, Team team, String status,
                 Optional<InitiativeKey> parent, Optional<InitiativeKey> delivers, Optional<BigDecimal> points,
                 Optional<Instant> startedAt, Optional<Instant> resolvedAt, Instant updatedAt) {

        StatusCategory category() {
            return STATUSES.get(status);
        }
    }

    private static final String COLUMNS = "ISSUE_KEY, SUMMARY, ISSUE_TYPE, TEAM, STATUS, PARENT_KEY, DELIVERS_KEY, POINTS,"
            + " STARTED_AT, RESOLVED_AT, UPDATED_AT";

    private final DataSource database;

    PreviewIssues(DataSource database) {
        this.database = database;
        try (Connection connection = database.getConnection(); Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE IF NOT EXISTS PREVIEW_ISSUE (ISSUE_KEY VARCHAR(64) PRIMARY KEY,"
                    + " SUMMARY VARCHAR(255) NOT NULL, ISSUE_TYPE VARCHAR(32) NOT NULL, TEAM VARCHAR(255) NOT NULL,"
                    + " STATUS VARCHAR(32) NOT NULL, PARENT_KEY VARCHAR(64), DELIVERS_KEY VARCHAR(64), POINTS NUMERIC(10, 2),"
                    + " STARTED_AT BIGINT, RESOLVED_AT BIGINT, UPDATED_AT BIGINT NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the preview's issue table", e);
        }
    }

    /** Adds an issue in To Do; another issue with the same key already there is a conflict (decided by the key). */
    void create(Issue issue) {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO PREVIEW_ISSUE (" + COLUMNS
                     + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, issue.key().value());
            insert.setString(2, issue.summary());
            insert.setString(3, issue.type());
            insert.setString(4, issue.team().name());
            insert.setString(5, issue.status());
            insert.setString(6, issue.parent().map(InitiativeKey::value).orElse(null));
            insert.setString(7, issue.delivers().map(InitiativeKey::value).orElse(null));
            if (issue.points().isPresent()) {
                insert.setBigDecimal(8, issue.points().get());
            } else {
                insert.setNull(8, Types.NUMERIC);
            }
            setMillis(insert, 9, issue.startedAt());
            setMillis(insert, 10, issue.resolvedAt());
            insert.setLong(11, issue.updatedAt().toEpochMilli());
            insert.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new ThroughlineException.Conflict(Message.of("throughline.preview.issue.exists", issue.key().value()));
            }
            throw new IllegalStateException("cannot add issue " + issue.key().value(), e);
        }
    }

    /** The team's issues, for the projects its work is in. */
    List<Issue> ofTeam(Team team) {
        return select(" WHERE TEAM = ?", List.of(team.name()));
    }

    Optional<Issue> find(InitiativeKey key) {
        return select(" WHERE ISSUE_KEY = ?", List.of(key.value())).stream().findFirst();
    }

    /** The issues linked to deliver {@code initiative}, by key. */
    List<Issue> delivering(InitiativeKey initiative) {
        return select(" WHERE DELIVERS_KEY = ? ORDER BY ISSUE_KEY", List.of(initiative.value()));
    }

    /** The issues whose parent is one of {@code parents}: one statement, whatever their number. */
    List<Issue> childrenOf(Collection<InitiativeKey> parents) {
        if (parents.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(parents.size(), "?"));
        return select(" WHERE PARENT_KEY IN (" + marks + ") ORDER BY ISSUE_KEY",
                parents.stream().map(InitiativeKey::value).toList());
    }

    /**
     * The issues directly above {@code keys}: each one's parent (its epic, or a sub-task's parent)
     * and the initiative it is linked to deliver. One statement, whatever their number.
     */
    Set<InitiativeKey> above(Collection<InitiativeKey> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        Set<InitiativeKey> above = new LinkedHashSet<>();
        for (Issue issue : select(" WHERE ISSUE_KEY IN (" + String.join(", ", Collections.nCopies(keys.size(), "?"))
                + ") ORDER BY ISSUE_KEY", keys.stream().map(InitiativeKey::value).toList())) {
            issue.parent().ifPresent(above::add);
            issue.delivers().ifPresent(above::add);
        }
        return above;
    }

    /**
     * Moves an issue to {@code status} at {@code at}: the first move into progress sets when it
     * started, a move to Done when it was resolved (a move out of Done clears that).
     */
    Optional<Issue> move(InitiativeKey key, String status, Instant at) {
        StatusCategory category = STATUSES.get(status);
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE PREVIEW_ISSUE SET STATUS = ?,"
                     + " STARTED_AT = CASE WHEN STARTED_AT IS NULL AND ? THEN ? ELSE STARTED_AT END,"
                     + " RESOLVED_AT = ?, UPDATED_AT = ? WHERE ISSUE_KEY = ?")) {
            update.setString(1, status);
            update.setBoolean(2, category != StatusCategory.TO_DO);
            update.setLong(3, at.toEpochMilli());
            setMillis(update, 4, category == StatusCategory.DONE ? Optional.of(at) : Optional.empty());
            update.setLong(5, at.toEpochMilli());
            update.setString(6, key.value());
            if (update.executeUpdate() == 0) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot move issue " + key.value(), e);
        }
        return find(key);
    }

    private List<Issue> select(String where, List<String> parameters) {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM PREVIEW_ISSUE" + where)) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setString(i + 1, parameters.get(i));
            }
            try (ResultSet row = query.executeQuery()) {
                List<Issue> issues = new ArrayList<>();
                while (row.next()) {
                    issues.add(new Issue(new InitiativeKey(row.getString(1)), row.getString(2), row.getString(3),
                            new Team(row.getString(4)), row.getString(5), key(row.getString(6)), key(row.getString(7)),
                            Optional.ofNullable(row.getBigDecimal(8)).map(BigDecimal::stripTrailingZeros),
                            millis(row, 9), millis(row, 10), Instant.ofEpochMilli(row.getLong(11))));
                }
                return issues;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the preview's issues", e);
        }
    }

    /** The status as typed, matched without regard to case or spacing ("in progress"), or empty. */
    static Optional<String> status(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String wanted = typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return STATUS_ORDER.stream().filter(status -> status.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    private static Optional<InitiativeKey> key(String value) {
        return Optional.ofNullable(value).map(InitiativeKey::new);
    }

    private static Optional<Instant> millis(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
    }

    private static void setMillis(PreparedStatement statement, int index, Optional<Instant> at) throws SQLException {
        if (at.isPresent()) {
            statement.setLong(index, at.get().toEpochMilli());
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }
}
