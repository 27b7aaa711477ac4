package io.throughline.store.performance;

import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.performance.DeliveryEvent;
import io.throughline.core.performance.DeliveryEvents;
import io.throughline.core.performance.EventKey;
import io.throughline.core.performance.EventType;
import io.throughline.core.performance.ShippedChange;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.Columns;
import io.throughline.store.ao.InList;
import io.throughline.store.ao.Rows;
import io.throughline.store.ao.SqlNames;
import io.throughline.store.ao.StoreException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link DeliveryEvents} on Active Objects. A batch costs one read of the keys it already holds (in
 * chunks), then one batched insert of the events and one of their issue index: duplicates are found
 * without a read per event. A replay racing its first arrival loses at the unique key, and the batch
 * is run again, finding it stored. Figures cost a handful of plain-SQL reads whatever the store holds.
 */
public final class AoDeliveryEvents implements DeliveryEvents {

    private static final int ATTEMPTS = 3;
    private static final EventType[] TYPES = EventType.values();
    private static final String[] COLUMNS = {"SOURCE", "EVENT_ID", "TYPE", "HAPPENED_AT", "SUBJECT", "ENVIRONMENT",
        "SERVICE", "UNPLANNED", "FIXES", "CAUSED_BY", "ISSUE_KEYS", "CHANGES"};

    private final AoAccess ao;

    public AoDeliveryEvents(AoAccess ao) {
        this.ao = ao;
    }

    @Override
    public List<Boolean> append(List<DeliveryEvent> events) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ao.inTransaction(() -> insertNew(events));
            } catch (StoreException e) {
                if (attempt == ATTEMPTS || !StoreException.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private List<Boolean> insertNew(List<DeliveryEvent> events) {
        List<String> keys = events.stream().map(event -> digest(event.key())).toList();
        Set<String> stored = ao.read((connection, names) -> {
            Set<String> found = new HashSet<>();
            for (InList list : InList.of(names, new HashSet<>(keys))) {
                String sql = names.sql(list.name("events.stored"), n -> "SELECT " + n.column("EVENT_KEY") + " FROM "
                        + n.table(DeliveryEventEntity.class) + " WHERE " + list.condition(n.column("EVENT_KEY")));
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    list.bind(statement, 1);
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            found.add(row.getString(1));
                        }
                    }
                }
            }
            return found;
        });
        List<Boolean> fresh = new ArrayList<>(events.size());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> index = new ArrayList<>();
        Set<String> taken = new HashSet<>(stored);
        for (int i = 0; i < events.size(); i++) {
            String key = keys.get(i);
            boolean isNew = taken.add(key);
            fresh.add(isNew);
            if (isNew) {
                DeliveryEvent event = events.get(i);
                rows.add(row(key, event));
                for (InitiativeKey issue : event.namedIssues()) {
                    index.add(Map.of("EVENT_KEY", key, "ISSUE_KEY", issue.value(), "PROJECT", issue.projectKey()));
                }
            }
        }
        ao.createAll(DeliveryEventEntity.class, rows);
        ao.createAll(EventIssueEntity.class, index);
        return fresh;
    }

    private static Map<String, Object> row(String key, DeliveryEvent event) {
        Map<String, Object> row = new HashMap<>();
        row.put("EVENT_KEY", key);
        row.put("SOURCE", event.key().source());
        row.put("EVENT_ID", event.key().id());
        row.put("TYPE", event.type().name());
        row.put("HAPPENED_AT", Columns.millis(event.at()));
        row.put("SUBJECT", event.subject());
        row.put("ENVIRONMENT", event.environment().orElse(null));
        row.put("SERVICE", event.service().orElse(null));
        row.put("UNPLANNED", event.unplanned());
        row.put("FIXES", event.fixes().isEmpty() ? null : String.join("\n", event.fixes().stream().sorted().toList()));
        row.put("CAUSED_BY", event.causedBy().orElse(null));
        row.put("ISSUE_KEYS", event.issueKeys().isEmpty() ? null
                : event.issueKeys().stream().map(InitiativeKey::value).sorted().collect(Collectors.joining("\n")));
        row.put("CHANGES", event.changes().isEmpty() ? null : event.changes().stream()
                .map(change -> change.id() + "\t" + Columns.millis(change.createdAt()) + "\t"
                        + change.issueKeys().stream().map(InitiativeKey::value).sorted().collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n")));
        return row;
    }

    @Override
    public List<DeliveryEvent> relevant(Set<InitiativeKey> issues, Instant from, Instant to) {
        // Every deployment naming one of the issues before the window's end: the first one ever counts for issue lead time.
        return naming("events.naming", "ISSUE_KEY", issues.stream().map(InitiativeKey::value).sorted().toList(),
                false, from, to);
    }

    @Override
    public List<DeliveryEvent> relevantToProjects(Set<String> projects, Instant from, Instant to) {
        // Every deployment in the window naming an issue of one of the projects.
        return naming("events.projects", "PROJECT", projects.stream().sorted().toList(), true, from, to);
    }

    /**
     * A figures read. 1: the deployments naming one of {@code values} in the issue index's {@code column},
     * each with the incidents naming it as their cause (a left join on {@code CAUSED_BY}, so the issue index
     * and its deployments are read once). Joins from the issue index, not "EVENT_KEY IN (SELECT ...)": H2
     * checks such a subquery row by row over the whole table once other conditions are present. Only a
     * project's deployments are bounded by the window in SQL ({@code windowed}): an issue's are few whatever
     * the store holds, and a time bound beside its keys would let the plan PostgreSQL caches for the
     * statement (which must guess a parameter's range) start from the time index and read the whole window
     * (figure 6b in docs/performance.md). The rest of the window is applied here. Then {@link #around}.
     */
    private List<DeliveryEvent> naming(String statementName, String column, List<String> values, boolean windowed,
                                       Instant from, Instant to) {
        if (values.isEmpty()) {
            return List.of();
        }
        long start = Columns.millis(from);
        long end = Columns.millis(to);
        return ao.read((connection, names) -> {
            Map<String, DeliveryEvent> found = new LinkedHashMap<>();
            Map<String, DeliveryEvent> opened = new LinkedHashMap<>();
            for (InList list : InList.of(names, values)) {
                String sql = names.sql(list.name(statementName), n -> select(n, "e") + ", " + columns(n, "c")
                        + " FROM " + named(n) + " LEFT JOIN " + n.table(DeliveryEventEntity.class) + " c ON c."
                        + n.column("CAUSED_BY") + " = e." + n.column("EVENT_ID") + " AND c." + n.column("TYPE")
                        + " = 'INCIDENT_OPENED' WHERE e." + n.column("TYPE") + " = 'DEPLOYMENT' AND "
                        + (windowed ? "e." + n.column("HAPPENED_AT") + " >= ? AND e." + n.column("HAPPENED_AT")
                        + " < ? AND " : "") + list.condition("i." + n.column(column)));
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    int next = 1;
                    if (windowed) {
                        statement.setLong(next++, start);
                        statement.setLong(next++, end);
                    }
                    list.bind(statement, next);
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            DeliveryEvent deployment = toEvent(row, 0);
                            if (!deployment.at().isBefore(to) || windowed && deployment.at().isBefore(from)) {
                                continue;
                            }
                            found.putIfAbsent(key(deployment), deployment);
                            if (row.getString(COLUMNS.length + 1) != null && !deployment.at().isBefore(from)) {
                                DeliveryEvent incident = toEvent(row, COLUMNS.length);
                                if (!incident.at().isBefore(from) && incident.at().isBefore(to)) {
                                    opened.putIfAbsent(key(incident), incident);
                                }
                            }
                        }
                    }
                }
            }
            return around(connection, names, found, opened, from, to);
        });
    }

    /**
     * Statements 2 and on of a figures read: the found deployments' services' deployments, rollbacks and
     * incidents in the window, then every event of the incidents found.
     */
    private static List<DeliveryEvent> around(Connection connection, SqlNames names, Map<String, DeliveryEvent> found,
                                              Map<String, DeliveryEvent> opened, Instant from, Instant to)
            throws SQLException {
        long start = Columns.millis(from);
        long end = Columns.millis(to);
        Set<String> services = new HashSet<>();
        for (DeliveryEvent event : found.values()) {
            if (!event.at().isBefore(from)) {
                services.add(event.subject());
            }
        }
        if (services.isEmpty()) {
            return List.copyOf(found.values());
        }
        // 2. Their services' deployments and rollbacks in the window, and the incidents opened in the window
        // naming one of those services: each half of the union one range of its (service, time) index.
        for (InList list : InList.of(names, services.stream().sorted().toList())) {
            String sql = names.sql(list.name("events.services"), n -> select(n, "e") + " FROM " + events(n) + " WHERE e."
                    + n.column("TYPE") + " IN ('DEPLOYMENT', 'ROLLBACK') AND e." + n.column("HAPPENED_AT") + " >= ? AND e."
                    + n.column("HAPPENED_AT") + " < ? AND " + list.condition("e." + n.column("SUBJECT"))
                    + " UNION ALL " + select(n, "e") + " FROM " + events(n) + " WHERE e." + n.column("TYPE")
                    + " = 'INCIDENT_OPENED' AND e."
                    + n.column("HAPPENED_AT") + " >= ? AND e." + n.column("HAPPENED_AT") + " < ? AND "
                    + list.condition("e." + n.column("SERVICE")));
            query(connection, sql, found, opened, statement -> {
                statement.setLong(1, start);
                statement.setLong(2, end);
                int next = list.bind(statement, 3);
                statement.setLong(next, start);
                statement.setLong(next + 1, end);
                list.bind(statement, next + 2);
            });
        }
        // 3. Those incidents, by the two ways above.
        Set<String> incidents = new HashSet<>();
        for (DeliveryEvent incident : opened.values()) {
            incidents.add(incident.subject());
        }
        // 4. Every event of those incidents: earlier openings, resolutions.
        for (InList list : InList.of(names, incidents.stream().sorted().toList())) {
            String sql = names.sql(list.name("events.incident"), n -> select(n, "e") + " FROM " + events(n) + " WHERE e."
                    + n.column("TYPE") + " IN ('INCIDENT_OPENED', 'INCIDENT_RESOLVED') AND "
                    + list.condition("e." + n.column("SUBJECT")));
            query(connection, sql, found, found, statement -> list.bind(statement, 1));
        }
        return List.copyOf(found.values());
    }

    @Override
    public Map<String, Long> environments(Instant from, Instant to) {
        return ao.read((connection, names) -> {
            String sql = names.sql("events.environments", n -> "SELECT " + n.column("ENVIRONMENT") + ", COUNT(*) FROM "
                    + n.table(DeliveryEventEntity.class) + " WHERE " + n.column("TYPE") + " = 'DEPLOYMENT' AND "
                    + n.column("HAPPENED_AT") + " >= ? AND " + n.column("HAPPENED_AT") + " < ? GROUP BY "
                    + n.column("ENVIRONMENT"));
            Map<String, Long> counts = new java.util.TreeMap<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, Columns.millis(from));
                statement.setLong(2, Columns.millis(to));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        counts.put(row.getString(1), row.getLong(2));
                    }
                }
            }
            return counts;
        });
    }

    @Override
    public boolean anyDeployment(Instant from, Instant to) {
        return ao.read((connection, names) -> {
            String sql = names.sql("events.any", n -> "SELECT " + n.column("EVENT_KEY") + " FROM "
                    + n.table(DeliveryEventEntity.class) + " WHERE " + n.column("TYPE") + " = 'DEPLOYMENT' AND "
                    + n.column("HAPPENED_AT") + " >= ? AND " + n.column("HAPPENED_AT") + " < ?");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setMaxRows(1);
                statement.setLong(1, Columns.millis(from));
                statement.setLong(2, Columns.millis(to));
                try (ResultSet row = statement.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    /** The columns {@link #toEvent} reads, of the event table under {@code alias}. */
    private static String select(SqlNames n, String alias) {
        return "SELECT " + columns(n, alias);
    }

    private static String columns(SqlNames n, String alias) {
        return Arrays.stream(COLUMNS).map(c -> alias + "." + n.column(c)).collect(Collectors.joining(", "));
    }

    /** Every event: {@code e}. */
    private static String events(SqlNames n) {
        return n.table(DeliveryEventEntity.class) + " e";
    }

    /** The issue index joined to the events it names: {@code i} and {@code e}. */
    private static String named(SqlNames n) {
        return n.table(EventIssueEntity.class) + " i JOIN " + n.table(DeliveryEventEntity.class) + " e ON e."
                + n.column("EVENT_KEY") + " = i." + n.column("EVENT_KEY");
    }

    /** Binding one statement's parameters. */
    private interface Binding {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Runs a read, keeping each event once: opened incidents in {@code incidents}, everything else in {@code into}. */
    private static void query(Connection connection, String sql, Map<String, DeliveryEvent> into,
                              Map<String, DeliveryEvent> incidents, Binding binding) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binding.bind(statement);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    DeliveryEvent event = toEvent(row, 0);
                    (event.type() == EventType.INCIDENT_OPENED ? incidents : into).putIfAbsent(key(event), event);
                }
            }
        }
    }

    /** The one event of a found event's source and id. */
    private static String key(DeliveryEvent event) {
        return event.key().source() + "\n" + event.key().id();
    }

    /** The event in the row's {@link #COLUMNS} after the first {@code skip} columns. */
    private static DeliveryEvent toEvent(ResultSet row, int skip) throws SQLException {
        String fixes = row.getString(skip + 9);
        String keys = row.getString(skip + 11);
        String changes = row.getString(skip + 12);
        return new DeliveryEvent(new EventKey(row.getString(skip + 1), row.getString(skip + 2)),
                Rows.constant(TYPES, row.getString(skip + 3)), Columns.instant(row.getLong(skip + 4)),
                row.getString(skip + 5), Optional.ofNullable(row.getString(skip + 6)),
                Optional.ofNullable(row.getString(skip + 7)), keys == null ? Set.of() : issues(keys.split("\n")),
                changes == null ? List.of() : Arrays.stream(changes.split("\n")).map(AoDeliveryEvents::change).toList(),
                row.getBoolean(skip + 8), fixes == null ? Set.of() : Set.of(fixes.split("\n")),
                Optional.ofNullable(row.getString(skip + 10)));
    }

    private static ShippedChange change(String line) {
        String[] parts = line.split("\t", -1);
        return new ShippedChange(parts[0], Columns.instant(Long.parseLong(parts[1])),
                parts[2].isEmpty() ? Set.of() : issues(parts[2].split(",")));
    }

    private static Set<InitiativeKey> issues(String[] keys) {
        return Arrays.stream(keys).map(InitiativeKey::parse).collect(Collectors.toSet());
    }

    /** The stored key of an event: SHA-256 of its source and id, each with its length in front. */
    static String digest(EventKey key) {
        try {
            String text = key.source().length() + ":" + key.source() + key.id().length() + ":" + key.id();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
