package io.throughline.store.initiative;

import static io.throughline.store.ao.Columns.row;

import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.Stage;
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
import net.java.ao.Query;

/**
 * {@link InitiativeRepository} on Active Objects: writes through AO, reads in plain SQL. Racing
 * writes are decided by unique indexes: a create by the one on the issue key, an update by a claim
 * row ({@link InitiativeClaimEntity}) inserted under "row id:next version" before the row changes.
 */
public final class AoInitiatives implements InitiativeRepository {

    private static final Stage[] STAGES = Stage.values();

    private final AoAccess ao;

    public AoInitiatives(AoAccess ao) {
        this.ao = ao;
    }

    @Override
    public void save(Initiative initiative) {
        ao.inTransaction(() -> {
            InitiativeEntity[] existing = byKey(initiative.key());
            if (existing.length == 0) {
                insert(initiative);
            } else {
                copy(initiative, existing[0]);
                existing[0].save();
            }
            return null;
        });
    }

    @Override
    public void create(Initiative initiative) {
        try {
            ao.inTransaction(() -> insert(initiative));
        } catch (StoreException | IllegalStateException e) {
            if (StoreException.isUniqueViolation(e)) {
                throw InitiativeRepository.keyTaken(initiative.key());
            }
            throw e;
        }
    }

    @Override
    public void update(Initiative after, Stage expected) {
        try {
            ao.inTransaction(() -> {
                InitiativeEntity[] rows = byKey(after.key());
                if (rows.length == 0) {
                    throw new ThroughlineException.NotFound(
                            Message.of("throughline.error.initiative-not-found", after.key().value()));
                }
                InitiativeEntity row = rows[0];
                if (!expected.name().equals(row.getStage())) {
                    throw InitiativeRepository.changedMeanwhile(after.key());
                }
                int version = (row.getVersion() == null ? 0 : row.getVersion()) + 1;
                // The claim first: of two writers who read this version, the second waits here and then fails.
                ao.create(InitiativeClaimEntity.class, row(
                        "INITIATIVE_ID", row.getID(),
                        "CAS_KEY", row.getID() + ":" + version));
                copy(after, row);
                row.setVersion(version);
                row.save();
                return null;
            });
        } catch (StoreException | IllegalStateException e) {
            if (StoreException.isUniqueViolation(e)) {
                // No re-read here: on PostgreSQL the failed statement has aborted the transaction.
                throw InitiativeRepository.changedMeanwhile(after.key());
            }
            throw e;
        }
    }

    private InitiativeEntity insert(Initiative initiative) {
        return ao.create(InitiativeEntity.class, row(
                "ISSUE_KEY", initiative.key().value(),
                "SUMMARY", initiative.summary(),
                "TEAM", initiative.team().name(),
                "STAGE", initiative.stage().name(),
                "OWNER_KEY", initiative.owner().map(UserRef::key).orElse(null),
                "METRIC", initiative.successMetric().orElse(null),
                "HORIZON_DAY", initiative.evidenceHorizon().map(h -> Columns.day(h.date())).orElse(null),
                "VERSION", 0));
    }

    private static void copy(Initiative initiative, InitiativeEntity entity) {
        entity.setSummary(initiative.summary());
        entity.setTeam(initiative.team().name());
        entity.setStage(initiative.stage().name());
        entity.setOwnerKey(initiative.owner().map(UserRef::key).orElse(null));
        entity.setMetric(initiative.successMetric().orElse(null));
        entity.setHorizonDay(initiative.evidenceHorizon().map(h -> Columns.day(h.date())).orElse(null));
    }

    /** One plain-SQL statement (the gate and every panel start here). */
    @Override
    public Optional<Initiative> find(InitiativeKey key) {
        return select("initiative.by-key", names -> " WHERE " + names.column("ISSUE_KEY") + " = ?", key.value())
                .stream().findFirst();
    }

    /** Every initiative in one plain-SQL statement, in key order (GROW-9 before GROW-10, so sorted here). */
    @Override
    public List<Initiative> findAll() {
        List<Initiative> initiatives = select("initiative.all", names -> "", null);
        initiatives.sort(Comparator.comparing(Initiative::key));
        return initiatives;
    }

    /**
     * One plain-SQL statement per list of keys (on PostgreSQL one for any number); more keys than one
     * list holds elsewhere read every initiative instead. In key order.
     */
    @Override
    public List<Initiative> findByKeys(Collection<InitiativeKey> keys) {
        Set<String> wanted = new HashSet<>();
        keys.forEach(key -> wanted.add(key.value()));
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Initiative> found = ao.read((connection, sqlNames) -> {
            if (!sqlNames.arrays() && wanted.size() > InList.CHUNK) {
                return null;
            }
            List<Initiative> read = new ArrayList<>();
            for (InList list : InList.of(sqlNames, wanted)) {
                String sql = sqlNames.sql(list.name("initiative.by-keys"), names -> select(names) + " WHERE "
                        + list.condition(names.column("ISSUE_KEY")));
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    list.bind(statement, 1);
                    read.addAll(initiatives(statement));
                }
            }
            return read;
        });
        if (found == null) {
            return findAll().stream().filter(initiative -> wanted.contains(initiative.key().value())).toList();
        }
        found.sort(Comparator.comparing(Initiative::key));
        return found;
    }

    @Override
    public void rekey(InitiativeKey from, InitiativeKey to) {
        ao.inTransaction(() -> {
            InitiativeEntity[] old = byKey(from);
            if (old.length > 0 && byKey(to).length == 0) {
                old[0].setIssueKey(to.value());
                old[0].save();
            } else if (old.length > 0) {
                ao.delete(old);
            }
            return null;
        });
    }

    private static String select(SqlNames names) {
        return "SELECT " + names.columns("ISSUE_KEY", "SUMMARY", "TEAM", "STAGE", "OWNER_KEY", "METRIC",
                "HORIZON_DAY") + " FROM " + names.table(InitiativeEntity.class);
    }

    private List<Initiative> select(String name, Function<SqlNames, String> where, String parameter) {
        return ao.read((connection, sqlNames) -> {
            String sql = sqlNames.sql(name, names -> select(names) + where.apply(names));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (parameter != null) {
                    statement.setString(1, parameter);
                }
                return initiatives(statement);
            }
        });
    }

    private static List<Initiative> initiatives(PreparedStatement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            List<Initiative> initiatives = new ArrayList<>();
            Rows.Distinct<Team> teams = new Rows.Distinct<>(Team::new);
            Rows.Distinct<UserRef> users = new Rows.Distinct<>(UserRef::new);
            while (row.next()) {
                String owner = row.getString(5);
                Long horizon = Rows.nullableLong(row, 7);
                initiatives.add(new Initiative(
                        new InitiativeKey(row.getString(1)),
                        row.getString(2),
                        teams.of(row.getString(3)),
                        Rows.constant(STAGES, row.getString(4)),
                        owner == null ? Optional.empty() : Optional.of(users.of(owner)),
                        Optional.ofNullable(row.getString(6)),
                        horizon == null ? Optional.empty() : Optional.of(new EvidenceHorizon(Columns.date(horizon)))));
            }
            return initiatives;
        }
    }

    private InitiativeEntity[] byKey(InitiativeKey key) {
        return ao.find(InitiativeEntity.class, Query.select().where("ISSUE_KEY = ?", key.value()));
    }

}
