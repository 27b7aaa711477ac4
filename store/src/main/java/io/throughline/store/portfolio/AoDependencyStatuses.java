package io.throughline.store.portfolio;

import io.throughline.core.common.Team;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.portfolio.DependencyStatuses;
import io.throughline.core.portfolio.StoredStatus;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.Columns;
import io.throughline.store.ao.InList;
import io.throughline.store.ao.Rows;
import io.throughline.store.ao.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;

/**
 * {@link DependencyStatuses} on Active Objects: reads in plain SQL (every status in one statement, the
 * lookups by consumer and by provider issue one per list of keys), writes through AO. A replace deletes
 * the rows it supersedes and inserts the new ones in one transaction, so two nodes writing the same
 * dependency's status at once are decided by the unique {@code DEPENDENCY_ID}: the second insert fails,
 * and the caller's retry keeps whichever status was computed last.
 */
public final class AoDependencyStatuses implements DependencyStatuses {

    private static final String[] COLUMNS = {"DEPENDENCY_ID", "CONSUMER_KEY", "CONSUMER_TEAM", "PROVIDER_TEAM",
        "PROVIDER_ISSUE", "STATE", "HEALTH", "REASONS", "LATE_DISCOVERED", "NEEDED_BY", "JUDGED_ON", "COMPUTED_AT"};
    /** What a replace needs of the rows it may supersede. */
    private static final String SUPERSEDED = "ID, DEPENDENCY_ID, CONSUMER_KEY, COMPUTED_AT";
    private static final DependencyState[] STATES = DependencyState.values();
    private static final Health[] HEALTHS = Health.values();

    private final AoAccess ao;

    public AoDependencyStatuses(AoAccess ao) {
        this.ao = ao;
    }

    /** One plain-SQL statement, whatever the number of statuses. */
    @Override
    public List<StoredStatus> all() {
        return ao.read((connection, names) -> {
            String sql = names.sql("status.all", n -> "SELECT " + n.columns(COLUMNS) + " FROM "
                    + n.table(DependencyStatusEntity.class) + " ORDER BY " + n.column("DEPENDENCY_ID"));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return statuses(statement, new Values());
            }
        });
    }

    /** One plain-SQL statement per list of keys (on PostgreSQL one for any number). */
    @Override
    public List<StoredStatus> ofConsumers(Collection<InitiativeKey> consumers) {
        return byKeys("status.of-consumers", "CONSUMER_KEY", consumers);
    }

    /** One plain-SQL statement per list of keys (on PostgreSQL one for any number). */
    @Override
    public List<StoredStatus> waitingOn(Collection<InitiativeKey> providerIssues) {
        return byKeys("status.waiting-on", "PROVIDER_ISSUE", providerIssues);
    }

    /** One plain-SQL statement, served by the judged-on index. */
    @Override
    public Optional<LocalDate> judgedOn() {
        return ao.read((connection, names) -> {
            String sql = names.sql("status.judged-on", n -> "SELECT MAX(" + n.column("JUDGED_ON") + ") FROM "
                    + n.table(DependencyStatusEntity.class));
            try (PreparedStatement statement = connection.prepareStatement(sql);
                 ResultSet row = statement.executeQuery()) {
                Long day = row.next() ? Rows.nullableLong(row, 1) : null;
                return Optional.ofNullable(day).map(Columns::date);
            }
        });
    }

    /**
     * @throws io.throughline.core.common.ThroughlineException.Conflict when another writer inserted a status of
     *     one of these dependencies at the same moment (the transaction is rolled back; replace again in a new one)
     */
    @Override
    public void replace(Collection<InitiativeKey> consumers, Collection<StoredStatus> statuses, Instant computedAt) {
        if (consumers.isEmpty() && statuses.isEmpty()) {
            return;
        }
        try {
            ao.inTransaction(() -> {
                Map<Integer, DependencyStatusEntity> stored = new LinkedHashMap<>();
                for (DependencyStatusEntity row : superseded(consumers, statuses)) {
                    stored.put(row.getDependencyId(), row);
                }
                Set<String> replaced = new HashSet<>();
                consumers.forEach(key -> replaced.add(key.value()));
                List<DependencyStatusEntity> dropped = new ArrayList<>();
                List<Map<String, Object>> inserted = new ArrayList<>();
                for (StoredStatus status : statuses) {
                    DependencyStatusEntity old = stored.remove(id(status.id()));
                    if (old != null && old.getComputedAt() > Columns.millis(status.computedAt())) {
                        continue;
                    }
                    if (old != null) {
                        dropped.add(old);
                    }
                    inserted.add(row(status));
                }
                long judgedAt = Columns.millis(computedAt);
                for (DependencyStatusEntity left : stored.values()) {
                    if (replaced.contains(left.getConsumerKey()) && left.getComputedAt() <= judgedAt) {
                        dropped.add(left);
                    }
                }
                delete(dropped);
                if (!inserted.isEmpty()) {
                    ao.createAll(DependencyStatusEntity.class, inserted);
                }
                return null;
            });
        } catch (StoreException | IllegalStateException e) {
            if (StoreException.isUniqueViolation(e) || StoreException.isRolledBackForRetry(e)) {
                throw DependencyStatuses.raced(statuses.stream().map(StoredStatus::id).findFirst()
                        .orElse(new DependencyId(1)));
            }
            throw e;
        }
    }

    @Override
    public void dropComputedBefore(Instant before) {
        ao.inTransaction(() -> {
            delete(List.of(ao.find(DependencyStatusEntity.class, Query.select("ID")
                    .where("COMPUTED_AT < ?", Columns.millis(before)))));
            return null;
        });
    }

    /** Every row naming {@code from}: as consumer, or as provider issue (a provider-blocked reason names only that). */
    @Override
    public void rekey(InitiativeKey from, InitiativeKey to) {
        ao.inTransaction(() -> {
            for (DependencyStatusEntity row : ao.find(DependencyStatusEntity.class, Query.select()
                    .where("CONSUMER_KEY = ? OR PROVIDER_ISSUE = ?", from.value(), from.value()))) {
                StoredStatus renamed = status(row).rekeyed(from, to);
                row.setConsumerKey(renamed.consumer().value());
                row.setProviderIssue(renamed.providerIssue().map(InitiativeKey::value).orElse(null));
                row.setReasons(ReasonsColumn.encode(renamed.reasons()));
                row.save();
            }
            return null;
        });
    }

    /**
     * The rows a replace may supersede, by AO with what it compares: the consumers', and those of given
     * dependencies not found among them (new ones, or a status still stored under another consumer, moved
     * by a rekey that raced this judgement: its unique id would refuse the insert every time).
     */
    private List<DependencyStatusEntity> superseded(Collection<InitiativeKey> consumers,
                                                    Collection<StoredStatus> statuses) {
        List<DependencyStatusEntity> rows = new ArrayList<>();
        List<String> keys = consumers.stream().map(InitiativeKey::value).distinct().toList();
        for (int start = 0; start < keys.size(); start += InList.CHUNK) {
            List<String> chunk = keys.subList(start, Math.min(keys.size(), start + InList.CHUNK));
            rows.addAll(List.of(ao.find(DependencyStatusEntity.class, Query.select(SUPERSEDED)
                    .where("CONSUMER_KEY IN (" + marks(chunk.size()) + ")", chunk.toArray()))));
        }
        Set<Integer> found = new HashSet<>();
        rows.forEach(row -> found.add(row.getDependencyId()));
        List<Integer> others = statuses.stream().map(s -> id(s.id())).filter(id -> !found.contains(id))
                .distinct().toList();
        for (int start = 0; start < others.size(); start += InList.CHUNK) {
            List<Integer> chunk = others.subList(start, Math.min(others.size(), start + InList.CHUNK));
            rows.addAll(List.of(ao.find(DependencyStatusEntity.class, Query.select(SUPERSEDED)
                    .where("DEPENDENCY_ID IN (" + marks(chunk.size()) + ")", chunk.toArray()))));
        }
        return rows;
    }

    /** Deletes in chunks: AO deletes a chunk in one statement, and a database limits its parameters. */
    private void delete(List<DependencyStatusEntity> rows) {
        for (int start = 0; start < rows.size(); start += InList.CHUNK) {
            ao.delete(rows.subList(start, Math.min(rows.size(), start + InList.CHUNK))
                    .toArray(new DependencyStatusEntity[0]));
        }
    }

    private List<StoredStatus> byKeys(String name, String column, Collection<InitiativeKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Set<String> values = new HashSet<>();
        keys.forEach(key -> values.add(key.value()));
        List<StoredStatus> found = ao.read((connection, names) -> {
            List<StoredStatus> statuses = new ArrayList<>();
            Values shared = new Values();
            for (InList list : InList.of(names, values)) {
                String sql = names.sql(list.name(name), n -> "SELECT " + n.columns(COLUMNS) + " FROM "
                        + n.table(DependencyStatusEntity.class) + " WHERE " + list.condition(n.column(column)));
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    list.bind(statement, 1);
                    statuses.addAll(statuses(statement, shared));
                }
            }
            return statuses;
        });
        found.sort(Comparator.comparingLong(status -> status.id().value()));
        return found;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static int id(DependencyId id) {
        return Math.toIntExact(id.value());
    }

    private static Map<String, Object> row(StoredStatus status) {
        return Columns.row(
                "DEPENDENCY_ID", id(status.id()),
                "CONSUMER_KEY", status.consumer().value(),
                "CONSUMER_TEAM", status.consumerTeam().name(),
                "PROVIDER_TEAM", status.providerTeam().name(),
                "PROVIDER_ISSUE", status.providerIssue().map(InitiativeKey::value).orElse(null),
                "STATE", status.state().name(),
                "HEALTH", status.health().name(),
                "REASONS", ReasonsColumn.encode(status.reasons()),
                "LATE_DISCOVERED", status.lateDiscovered(),
                "NEEDED_BY", Columns.day(status.neededBy()),
                "JUDGED_ON", Columns.day(status.judgedOn()),
                "COMPUTED_AT", Columns.millis(status.computedAt()));
    }

    /** A row read through AO (the rekey's), every column loaded. */
    private static StoredStatus status(DependencyStatusEntity row) {
        String issue = row.getProviderIssue();
        return new StoredStatus(new DependencyId(row.getDependencyId()), new InitiativeKey(row.getConsumerKey()),
                new Team(row.getConsumerTeam()), new Team(row.getProviderTeam()),
                issue == null ? Optional.empty() : Optional.of(new InitiativeKey(issue)),
                Rows.constant(STATES, row.getState()), Rows.constant(HEALTHS, row.getHealth()),
                ReasonsColumn.decode(row.getReasons()), row.getLateDiscovered(), Columns.date(row.getNeededBy()),
                Columns.date(row.getJudgedOn()), Columns.instant(row.getComputedAt()));
    }

    private static List<StoredStatus> statuses(PreparedStatement statement, Values values) throws SQLException {
        List<StoredStatus> statuses = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                statuses.add(status(row, values));
            }
        }
        return statuses;
    }

    /** The status in a row of {@link #COLUMNS}, read in their order. */
    private static StoredStatus status(ResultSet row, Values values) throws SQLException {
        String issue = row.getString(5);
        return new StoredStatus(new DependencyId(row.getInt(1)), values.keys.of(row.getString(2)),
                values.teams.of(row.getString(3)), values.teams.of(row.getString(4)),
                issue == null ? Optional.empty() : Optional.of(values.keys.of(issue)),
                Rows.constant(STATES, row.getString(6)), Rows.constant(HEALTHS, row.getString(7)),
                ReasonsColumn.decode(row.getString(8)), row.getBoolean(9), Columns.date(row.getLong(10)),
                Columns.date(row.getLong(11)), Columns.instant(row.getLong(12)));
    }

    /** Teams and keys repeat across rows: each distinct one is built once per read. */
    private static final class Values {
        final Rows.Distinct<Team> teams = new Rows.Distinct<>(Team::new);
        final Rows.Distinct<InitiativeKey> keys = new Rows.Distinct<>(InitiativeKey::new);
    }
}
