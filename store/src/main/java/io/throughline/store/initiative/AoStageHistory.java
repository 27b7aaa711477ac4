package io.throughline.store.initiative;

import static io.throughline.store.ao.Columns.row;

import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageChange;
import io.throughline.core.initiative.StageHistory;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.Columns;
import io.throughline.store.ao.InList;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;

/** {@link StageHistory} on Active Objects. */
public final class AoStageHistory implements StageHistory {

    private static final String COMMITTED_STAGES = Arrays.stream(Stage.values())
            .filter(Stage::isCommitted)
            .map(stage -> "'" + stage.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    private final AoAccess ao;

    public AoStageHistory(AoAccess ao) {
        this.ao = ao;
    }

    @Override
    public void record(StageChange change) {
        ao.create(StageChangeEntity.class, row(
                "ISSUE_KEY", change.initiative().value(),
                "FROM_STAGE", change.from().map(Stage::name).orElse(null),
                "TO_STAGE", change.to().name(),
                "CHANGED_BY", change.by().key(),
                "CHANGED_AT", Columns.millis(change.at())));
    }

    @Override
    public List<StageChange> changesFor(InitiativeKey initiative) {
        return Arrays.stream(ao.find(StageChangeEntity.class,
                        Query.select().where("ISSUE_KEY = ?", initiative.value()).order("ID ASC")))
                .map(AoStageHistory::toChange)
                .toList();
    }

    /** One statement over the CHANGED_AT index: every initiative's changes from {@code from} on. */
    @Override
    public List<StageChange> changesSince(Instant from) {
        return ao.read((connection, sqlNames) -> {
            String sql = sqlNames.sql("stage.since", names -> "SELECT " + names.columns("ISSUE_KEY", "FROM_STAGE",
                    "TO_STAGE", "CHANGED_BY", "CHANGED_AT") + " FROM " + names.table(StageChangeEntity.class)
                    + " WHERE " + names.column("CHANGED_AT") + " >= ? ORDER BY " + names.column("CHANGED_AT") + ", "
                    + names.column("ID"));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, Columns.millis(from));
                try (ResultSet row = statement.executeQuery()) {
                    List<StageChange> changes = new java.util.ArrayList<>();
                    while (row.next()) {
                        changes.add(new StageChange(new InitiativeKey(row.getString(1)),
                                Optional.ofNullable(row.getString(2)).map(Stage::valueOf), Stage.valueOf(row.getString(3)),
                                new UserRef(row.getString(4)), Columns.instant(row.getLong(5))));
                    }
                    return changes;
                }
            }
        });
    }

    @Override
    public void rekey(InitiativeKey from, InitiativeKey to) {
        ao.inTransaction(() -> {
            for (StageChangeEntity change : ao.find(StageChangeEntity.class,
                    Query.select().where("ISSUE_KEY = ?", from.value()))) {
                change.setIssueKey(to.value());
                change.save();
            }
            return null;
        });
    }

    /** One aggregate statement: the earliest move into a committed stage, per initiative. */
    @Override
    public Map<InitiativeKey, Instant> firstCommitments() {
        return ao.read((connection, sqlNames) -> {
            String sql = sqlNames.sql("stage.first-commitments", names -> "SELECT " + names.column("ISSUE_KEY")
                    + ", MIN(" + names.column("CHANGED_AT") + ") FROM " + names.table(StageChangeEntity.class)
                    + " WHERE " + names.column("TO_STAGE") + " IN " + COMMITTED_STAGES + " GROUP BY " + names.column("ISSUE_KEY"));
            try (PreparedStatement statement = connection.prepareStatement(sql);
                 ResultSet row = statement.executeQuery()) {
                Map<InitiativeKey, Instant> first = new HashMap<>();
                while (row.next()) {
                    first.put(new InitiativeKey(row.getString(1)), Columns.instant(row.getLong(2)));
                }
                return first;
            }
        });
    }

    /**
     * One aggregate statement per list of keys (on PostgreSQL one for any number); more keys than one
     * list holds elsewhere read every initiative's instead.
     */
    @Override
    public Map<InitiativeKey, Instant> firstCommitments(Collection<InitiativeKey> initiatives) {
        Set<String> wanted = new HashSet<>();
        initiatives.forEach(key -> wanted.add(key.value()));
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<InitiativeKey, Instant> found = ao.read((connection, sqlNames) -> {
            if (!sqlNames.arrays() && wanted.size() > InList.CHUNK) {
                return null;
            }
            Map<InitiativeKey, Instant> first = new HashMap<>();
            for (InList list : InList.of(sqlNames, wanted)) {
                String sql = sqlNames.sql(list.name("stage.first-commitments-of"), names -> "SELECT "
                        + names.column("ISSUE_KEY") + ", MIN(" + names.column("CHANGED_AT") + ") FROM "
                        + names.table(StageChangeEntity.class) + " WHERE " + names.column("TO_STAGE") + " IN "
                        + COMMITTED_STAGES + " AND " + list.condition(names.column("ISSUE_KEY"))
                        + " GROUP BY " + names.column("ISSUE_KEY"));
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    list.bind(statement, 1);
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            first.put(new InitiativeKey(row.getString(1)), Columns.instant(row.getLong(2)));
                        }
                    }
                }
            }
            return first;
        });
        if (found == null) {
            found = new HashMap<>(firstCommitments());
            found.keySet().removeIf(key -> !wanted.contains(key.value()));
        }
        return found;
    }

    private static StageChange toChange(StageChangeEntity entity) {
        return new StageChange(
                new InitiativeKey(entity.getIssueKey()),
                Optional.ofNullable(entity.getFromStage()).map(Stage::valueOf),
                Stage.valueOf(entity.getToStage()),
                new UserRef(entity.getChangedBy()),
                Columns.instant(entity.getChangedAt()));
    }
}
