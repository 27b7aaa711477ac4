package io.throughline.store.dependency;

import static io.throughline.store.ao.Columns.row;

import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyAction;
import io.throughline.core.dependency.DependencyChange;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.dependency.NewDependency;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.Columns;
import io.throughline.store.ao.InList;
import io.throughline.store.ao.Rows;
import io.throughline.store.ao.SqlNames;
import io.throughline.store.ao.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import net.java.ao.Query;

/**
 * {@link DependencyRepository} on Active Objects. Reads are plain SQL: one statement for one
 * request or one initiative's (joined to their changes), two for all of them (requests and changes,
 * merged); writes go through AO: every change (answers, revisions, withdrawals, reopenings)
 * inserts its change row under a unique compare-and-set key and only then moves the request's
 * state, in one transaction.
 */
public final class AoDependencies implements DependencyRepository {

    private static final DependencyState[] STATES = DependencyState.values();
    private static final String ID = "ID";
    private static final String CONSUMER = "CONSUMER_KEY";

    private final AoAccess ao;

    public AoDependencies(AoAccess ao) {
        this.ao = ao;
    }

    @Override
    public Dependency create(NewDependency request) {
        DependencyEntity entity = ao.create(DependencyEntity.class, row(
                "CONSUMER_KEY", request.consumer().value(),
                "PROVIDER_TEAM", request.providerTeam().name(),
                "PROVIDER_ISSUE", request.providerIssue().map(InitiativeKey::value).orElse(null),
                "DESCRIPTION", request.description(),
                "NEEDED_BY", Columns.day(request.neededBy()),
                "STATE", DependencyState.REQUESTED.name(),
                "VERSION", 0,
                "REQUESTED_BY", request.requestedBy().key(),
                "REQUESTED_AT", Columns.millis(request.requestedAt())));
        return Dependency.requested(new DependencyId(entity.getID()), request);
    }

    @Override
    public Optional<Dependency> find(DependencyId id) {
        if (id.value() > Integer.MAX_VALUE) {
            // AO's ids are INTEGER: a larger id names no row (and must not fail converting).
            return Optional.empty();
        }
        return read("dependency.by-id", names -> " WHERE d." + names.column(ID) + " = ?", Math.toIntExact(id.value()))
                .stream().findFirst();
    }

    @Override
    public List<Dependency> findByConsumer(InitiativeKey consumer) {
        return read("dependency.by-consumer", names -> " WHERE d." + names.column(CONSUMER) + " = ?", consumer.value());
    }

    @Override
    public List<Dependency> findAll() {
        return ao.read((connection, sqlNames) -> {
            // Two scans in the order of their indexes, merged here: a join sorted by the database
            // spills to disk at a few hundred thousand rows (H2's result buffer, PostgreSQL's work_mem).
            String requests = sqlNames.sql("dependency.all", names -> "SELECT " + names.columns(ID, CONSUMER,
                    "PROVIDER_TEAM", "PROVIDER_ISSUE", "DESCRIPTION", "NEEDED_BY", "REQUESTED_BY", "REQUESTED_AT")
                    + " FROM " + names.table(DependencyEntity.class) + " ORDER BY " + names.column(ID));
            String changes = sqlNames.sql("dependency.all-changes", names -> "SELECT " + names.columns("DEPENDENCY_ID",
                    "SEQ", "FROM_STATE", "TO_STATE", "CHANGED_BY", "CHANGED_AT", "COMMITTED_DATE", "REASON",
                    "NEEDED_BY", "DESCRIPTION")
                    + " FROM " + names.table(DependencyChangeEntity.class) + " ORDER BY " + names.column("DEPENDENCY_ID"));
            try (PreparedStatement requestStatement = connection.prepareStatement(requests);
                 PreparedStatement changeStatement = connection.prepareStatement(changes);
                 ResultSet request = requestStatement.executeQuery();
                 ResultSet change = changeStatement.executeQuery()) {
                return merge(request, change);
            }
        });
    }

    /**
     * One statement per list of keys, joined to the changes (on PostgreSQL one for any number); more keys
     * than one list holds elsewhere read every dependency instead (two statements).
     */
    @Override
    public List<Dependency> findByConsumers(Collection<InitiativeKey> consumers) {
        Set<String> keys = new HashSet<>();
        consumers.forEach(key -> keys.add(key.value()));
        return readIn("dependency.by-consumers", CONSUMER, keys, d -> keys.contains(d.consumer().value()), false);
    }

    /** As {@link #findByConsumers}, by id. */
    @Override
    public List<Dependency> findByIds(Collection<DependencyId> ids) {
        Set<Integer> rows = new HashSet<>();
        for (DependencyId id : ids) {
            if (id.value() <= Integer.MAX_VALUE) {
                rows.add(Math.toIntExact(id.value()));
            }
        }
        return readIn("dependency.by-ids", ID, rows, d -> rows.contains(Math.toIntExact(d.id().value())), true);
    }

    @Override
    public void recordTransition(Dependency after) {
        DependencyChange change = after.lastChange()
                .orElseThrow(() -> new IllegalArgumentException("a transition needs a change"));
        int id = Math.toIntExact(after.id().value());
        int version = after.version();
        try {
            ao.inTransaction(() -> {
                DependencyEntity[] rows = ao.find(DependencyEntity.class, Query.select().where("ID = ?", id));
                if (rows.length == 0) {
                    throw new ThroughlineException.NotFound(
                            Message.of("throughline.error.dependency-not-found", after.id().toString()));
                }
                DependencyEntity row = rows[0];
                if (row.getVersion() != version - 1) {
                    throw conflict(after, row.getState());
                }
                ao.create(DependencyChangeEntity.class, row(
                        "DEPENDENCY_ID", id,
                        "SEQ", version,
                        "CAS_KEY", id + ":" + version,
                        "FROM_STATE", change.from().name(),
                        "TO_STATE", change.to().name(),
                        "CHANGED_BY", change.by().key(),
                        "CHANGED_AT", Columns.millis(change.at()),
                        "COMMITTED_DATE", change.committedDate().map(Columns::day).orElse(null),
                        "REASON", change.reason().orElse(null),
                        "NEEDED_BY", change.neededBy().map(Columns::day).orElse(null),
                        "DESCRIPTION", change.description().orElse(null)));
                row.setState(change.to().name());
                row.setVersion(version);
                if (row.getAcknowledgedAt() == null && (change.action() == DependencyAction.COMMIT
                        || change.action() == DependencyAction.DECLINE)) {
                    row.setAcknowledgedAt(Columns.millis(change.at()));
                }
                row.save();
                return null;
            });
        } catch (StoreException | IllegalStateException e) {
            if (StoreException.isUniqueViolation(e)) {
                String now = find(after.id()).map(d -> d.state().name()).orElse("?");
                throw conflict(after, now);
            }
            throw e;
        }
    }

    @Override
    public void rekey(InitiativeKey from, InitiativeKey to) {
        ao.inTransaction(() -> {
            for (DependencyEntity row : ao.find(DependencyEntity.class,
                    Query.select().where("CONSUMER_KEY = ? OR PROVIDER_ISSUE = ?", from.value(), from.value()))) {
                if (from.value().equals(row.getConsumerKey())) {
                    row.setConsumerKey(to.value());
                }
                if (from.value().equals(row.getProviderIssue())) {
                    row.setProviderIssue(to.value());
                }
                row.save();
            }
            return null;
        });
    }

    private static ThroughlineException.Conflict conflict(Dependency after, String currentState) {
        return new ThroughlineException.Conflict(Message.of("throughline.dependency.changed-meanwhile",
                after.id().toString(), currentState));
    }

    /**
     * The requests whose {@code column} is one of {@code values}, with their changes: one statement per
     * list of values; with more values than a list holds and no arrays, every dependency read and kept
     * where {@code wanted}. In id order.
     */
    private List<Dependency> readIn(String name, String column, Set<?> values, Predicate<Dependency> wanted,
                                    boolean numbers) {
        if (values.isEmpty()) {
            return List.of();
        }
        List<Dependency> found = ao.read((connection, sqlNames) -> {
            if (!sqlNames.arrays() && values.size() > InList.CHUNK) {
                return null;
            }
            List<InList> lists = numbers ? InList.ofNumbers(sqlNames, values.stream().map(Integer.class::cast).toList())
                    : InList.of(sqlNames, values.stream().map(String.class::cast).toList());
            List<Dependency> read = new ArrayList<>();
            for (InList list : lists) {
                String sql = sqlNames.sql(list.name(name), names -> joined(names) + " WHERE "
                        + list.condition("d." + names.column(column))
                        + " ORDER BY d." + names.column(ID) + ", c." + names.column("SEQ"));
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    list.bind(statement, 1);
                    try (ResultSet row = statement.executeQuery()) {
                        read.addAll(toDependencies(row));
                    }
                }
            }
            return read;
        });
        if (found == null) {
            return findAll().stream().filter(wanted).toList();
        }
        found.sort(Comparator.comparingLong(d -> d.id().value()));
        return found;
    }

    /** Every request column and its changes' columns, each request left-joined to its changes. */
    private static String joined(SqlNames names) {
        return "SELECT " + qualified(names, "d", ID, CONSUMER, "PROVIDER_TEAM", "PROVIDER_ISSUE",
                "DESCRIPTION", "NEEDED_BY", "REQUESTED_BY", "REQUESTED_AT")
                + ", " + qualified(names, "c", "FROM_STATE", "TO_STATE", "CHANGED_BY", "CHANGED_AT",
                "COMMITTED_DATE", "REASON", "NEEDED_BY", "DESCRIPTION")
                + " FROM " + names.table(DependencyEntity.class) + " d LEFT JOIN "
                + names.table(DependencyChangeEntity.class) + " c ON c." + names.column("DEPENDENCY_ID")
                + " = d." + names.column(ID);
    }

    /**
     * The requests matching {@code where} with their changes, in one statement: each request joined
     * to its changes in order (a request without changes comes once, with empty change columns).
     */
    private List<Dependency> read(String name, Function<SqlNames, String> where, Object parameter) {
        return ao.read((connection, sqlNames) -> {
            String sql = sqlNames.sql(name, names -> joined(names) + where.apply(names)
                    + " ORDER BY d." + names.column(ID) + ", c." + names.column("SEQ"));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (parameter != null) {
                    statement.setObject(1, parameter);
                }
                try (ResultSet row = statement.executeQuery()) {
                    return toDependencies(row);
                }
            }
        });
    }

    private static String qualified(SqlNames names, String alias, String... columns) {
        StringBuilder list = new StringBuilder();
        for (String column : columns) {
            list.append(list.length() == 0 ? "" : ", ").append(alias).append('.').append(names.column(column));
        }
        return list.toString();
    }

    /**
     * Requests (ordered by id) merged with all changes (ordered by dependency id; by sequence here,
     * within one dependency): one pass over each, nothing kept but the dependencies themselves.
     */
    private static List<Dependency> merge(ResultSet request, ResultSet change) throws SQLException {
        List<Dependency> dependencies = new ArrayList<>();
        Values values = new Values();
        boolean changeLeft = change.next();
        List<int[]> order = new ArrayList<>();
        List<DependencyChange> found = new ArrayList<>();
        while (request.next()) {
            int id = request.getInt(1);
            NewDependency asked = request(request, values);
            // Changes of requests that no longer exist cannot occur (no request is ever deleted); skip them safely.
            while (changeLeft && change.getInt(1) < id) {
                changeLeft = change.next();
            }
            order.clear();
            found.clear();
            while (changeLeft && change.getInt(1) == id) {
                order.add(new int[] {change.getInt(2), found.size()});
                found.add(change(change, 3, values));
                changeLeft = change.next();
            }
            order.sort((a, b) -> Integer.compare(a[0], b[0]));
            List<DependencyChange> history = new ArrayList<>(found.size());
            order.forEach(position -> history.add(found.get(position[1])));
            dependencies.add(new Dependency(new DependencyId(id), asked, history));
        }
        return dependencies;
    }

    /** Folds the joined rows (ordered by request, then change) into dependencies. */
    private static List<Dependency> toDependencies(ResultSet row) throws SQLException {
        List<Dependency> dependencies = new ArrayList<>();
        Values values = new Values();
        int current = -1;
        NewDependency request = null;
        List<DependencyChange> history = new ArrayList<>();
        while (row.next()) {
            int id = row.getInt(1);
            if (id != current) {
                if (request != null) {
                    dependencies.add(new Dependency(new DependencyId(current), request, history));
                    history = new ArrayList<>();
                }
                current = id;
                request = request(row, values);
            }
            if (row.getString(9) != null) {
                history.add(change(row, 9, values));
            }
        }
        if (request != null) {
            dependencies.add(new Dependency(new DependencyId(current), request, history));
        }
        return dependencies;
    }

    /** The request in columns 2-8 (consumer, team, issue, description, needed by, by, at). */
    private static NewDependency request(ResultSet row, Values values) throws SQLException {
        String providerIssue = row.getString(4);
        return new NewDependency(
                values.keys.of(row.getString(2)),
                values.teams.of(row.getString(3)),
                providerIssue == null ? Optional.empty() : Optional.of(values.keys.of(providerIssue)),
                row.getString(5),
                Columns.date(row.getLong(6)),
                values.users.of(row.getString(7)),
                Columns.instant(row.getLong(8)));
    }

    /**
     * The change in eight columns from {@code first} (from, to, by, at, committed date, reason,
     * needed by, description).
     */
    private static DependencyChange change(ResultSet row, int first, Values values) throws SQLException {
        Long committedDate = Rows.nullableLong(row, first + 4);
        Long neededBy = Rows.nullableLong(row, first + 6);
        return new DependencyChange(
                Rows.constant(STATES, row.getString(first)),
                Rows.constant(STATES, row.getString(first + 1)),
                values.users.of(row.getString(first + 2)),
                Columns.instant(row.getLong(first + 3)),
                committedDate == null ? Optional.empty() : Optional.of(Columns.date(committedDate)),
                Optional.ofNullable(row.getString(first + 5)),
                neededBy == null ? Optional.empty() : Optional.of(Columns.date(neededBy)),
                Optional.ofNullable(row.getString(first + 7)));
    }

    /** Teams, people and keys repeat across rows: each distinct one is built once per read. */
    private static final class Values {
        final Rows.Distinct<Team> teams = new Rows.Distinct<>(Team::new);
        final Rows.Distinct<UserRef> users = new Rows.Distinct<>(UserRef::new);
        final Rows.Distinct<InitiativeKey> keys = new Rows.Distinct<>(InitiativeKey::new);
    }
}
