package io.throughline.store.trace;

import static io.throughline.store.ao.Columns.row;

import io.throughline.core.common.Team;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.DeliveryRollUp;
import io.throughline.core.trace.DeliveryRollUps;
import io.throughline.core.trace.Progress;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.Columns;
import io.throughline.store.ao.Rows;
import io.throughline.store.ao.StoreException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.java.ao.Query;

/**
 * {@link DeliveryRollUps} on Active Objects: reads in plain SQL (the portfolio reads every row),
 * writes through AO. A put replaces the initiative's row by deleting it and inserting the new one in
 * one transaction, so two nodes writing at once are decided by the unique initiative key: the second
 * insert fails, and the caller's retry keeps whichever roll-up was computed last.
 */
public final class AoDeliveryRollUps implements DeliveryRollUps {

    private static final String COLUMNS_READ = "INITIATIVE_KEY TEAM ITEM_COUNT TO_DO_COUNT IN_PROGRESS_COUNT DONE_COUNT "
            + "POINTS_TOTAL POINTS_DONE LAST_ACTIVITY TRUNCATED COMPUTED_AT";

    private final AoAccess ao;

    public AoDeliveryRollUps(AoAccess ao) {
        this.ao = ao;
    }

    /**
     * @throws io.throughline.core.common.ThroughlineException.Conflict when another writer inserted the initiative's row at the
     *     same moment (the transaction is rolled back; run the put again in a new one)
     */
    @Override
    public void put(DeliveryRollUp rollUp) {
        try {
            ao.inTransaction(() -> {
                DeliveryRollUpEntity[] stored = byKey(rollUp.initiative());
                if (stored.length > 0 && stored[0].getComputedAt() > Columns.millis(rollUp.computedAt())) {
                    return null;
                }
                ao.delete(stored);
                Progress progress = rollUp.progress();
                ao.create(DeliveryRollUpEntity.class, row(
                        "INITIATIVE_KEY", rollUp.initiative().value(),
                        "TEAM", rollUp.team().name(),
                        "ITEM_COUNT", progress.items(),
                        "TO_DO_COUNT", progress.toDo(),
                        "IN_PROGRESS_COUNT", progress.inProgress(),
                        "DONE_COUNT", progress.done(),
                        "POINTS_TOTAL", progress.points().map(points -> points.total().toPlainString()).orElse(null),
                        "POINTS_DONE", progress.points().map(points -> points.done().toPlainString()).orElse(null),
                        "LAST_ACTIVITY", rollUp.lastActivity().map(Columns::millis).orElse(null),
                        "TRUNCATED", rollUp.truncated(),
                        "COMPUTED_AT", Columns.millis(rollUp.computedAt())));
                return null;
            });
        } catch (StoreException | IllegalStateException e) {
            if (StoreException.isUniqueViolation(e) || StoreException.isRolledBackForRetry(e)) {
                throw DeliveryRollUps.raced(rollUp.initiative());
            }
            throw e;
        }
    }

    /** One plain-SQL statement. */
    @Override
    public Optional<DeliveryRollUp> find(InitiativeKey initiative) {
        return select("rollup.by-key", true, initiative.value()).stream().findFirst();
    }

    /** Every roll-up in one plain-SQL statement, in initiative key order. */
    @Override
    public List<DeliveryRollUp> findAll() {
        List<DeliveryRollUp> all = select("rollup.all", false, null);
        all.sort(Comparator.comparing(DeliveryRollUp::initiative));
        return all;
    }

    @Override
    public void remove(InitiativeKey initiative) {
        ao.inTransaction(() -> {
            ao.delete(byKey(initiative));
            return null;
        });
    }

    /** A roll-up under {@code to} already wins; otherwise the row is renamed. Safe to repeat. */
    @Override
    public void rekey(InitiativeKey from, InitiativeKey to) {
        ao.inTransaction(() -> {
            DeliveryRollUpEntity[] old = byKey(from);
            if (old.length > 0 && byKey(to).length == 0) {
                old[0].setInitiativeKey(to.value());
                old[0].save();
            } else if (old.length > 0) {
                ao.delete(old);
            }
            return null;
        });
    }

    private DeliveryRollUpEntity[] byKey(InitiativeKey key) {
        return ao.find(DeliveryRollUpEntity.class, Query.select().where("INITIATIVE_KEY = ?", key.value()));
    }

    private List<DeliveryRollUp> select(String name, boolean byKey, String key) {
        return ao.read((connection, sqlNames) -> {
            String sql = sqlNames.sql(name, names -> "SELECT " + names.columns(COLUMNS_READ.split(" ")) + " FROM "
                    + names.table(DeliveryRollUpEntity.class)
                    + (byKey ? " WHERE " + names.column("INITIATIVE_KEY") + " = ?" : ""));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (byKey) {
                    statement.setString(1, key);
                }
                try (ResultSet row = statement.executeQuery()) {
                    List<DeliveryRollUp> rollUps = new ArrayList<>();
                    Rows.Distinct<Team> teams = new Rows.Distinct<>(Team::new);
                    while (row.next()) {
                        String total = row.getString(7);
                        Long last = Rows.nullableLong(row, 9);
                        // ITEM_COUNT (column 3) is the sum of the three and kept for plain-SQL readers.
                        rollUps.add(new DeliveryRollUp(
                                new InitiativeKey(row.getString(1)),
                                teams.of(row.getString(2)),
                                Progress.of(row.getInt(4), row.getInt(5), row.getInt(6),
                                        total == null ? Optional.empty()
                                                : Optional.of(new Progress.Points(new BigDecimal(total),
                                                        new BigDecimal(row.getString(8))))),
                                last == null ? Optional.empty() : Optional.of(Columns.instant(last)),
                                row.getBoolean(10),
                                Columns.instant(row.getLong(11))));
                    }
                    return rollUps;
                }
            }
        });
    }
}
