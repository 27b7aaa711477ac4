package io.throughline.store.initiative;

import static io.throughline.store.ao.Columns.row;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.EvidenceHorizon;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.Stage;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.Columns;
import io.throughline.store.ao.Rows;
import io.throughline.store.ao.SqlNames;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.java.ao.Query;

/** {@link InitiativeRepository} on Active Objects: writes through AO, reads in plain SQL. */
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
                ao.create(InitiativeEntity.class, row(
                        "ISSUE_KEY", initiative.key().value(),
                        "SUMMARY", initiative.summary(),
                        "TEAM", initiative.team().name(),
                        "STAGE", initiative.stage().name(),
                        "OWNER_KEY", initiative.owner().map(UserRef::key).orElse(null),
                        "METRIC", initiative.successMetric().orElse(null),
                        "HORIZON_DAY", initiative.evidenceHorizon().map(h -> Columns.day(h.date())).orElse(null)));
            } else {
                InitiativeEntity entity = existing[0];
                entity.setSummary(initiative.summary());
                entity.setTeam(initiative.team().name());
                entity.setStage(initiative.stage().name());
                entity.setOwnerKey(initiative.owner().map(UserRef::key).orElse(null));
                entity.setMetric(initiative.successMetric().orElse(null));
                entity.setHorizonDay(initiative.evidenceHorizon().map(h -> Columns.day(h.date())).orElse(null));
                entity.save();
            }
            return null;
        });
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

    private List<Initiative> select(String name, Function<SqlNames, String> where, String parameter) {
        return ao.read((connection, sqlNames) -> {
            String sql = sqlNames.sql(name, names -> "SELECT " + names.columns("ISSUE_KEY", "SUMMARY", "TEAM", "STAGE", "OWNER_KEY", "METRIC",
                    "HORIZON_DAY") + " FROM " + names.table(InitiativeEntity.class) + where.apply(names));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (parameter != null) {
                    statement.setString(1, parameter);
                }
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
        });
    }

    private InitiativeEntity[] byKey(InitiativeKey key) {
        return ao.find(InitiativeEntity.class, Query.select().where("ISSUE_KEY = ?", key.value()));
    }

}
