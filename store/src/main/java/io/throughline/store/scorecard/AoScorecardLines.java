package io.throughline.store.scorecard;

import io.throughline.core.common.Team;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.scorecard.ScorecardDays;
import io.throughline.core.scorecard.ScorecardLine;
import io.throughline.core.scorecard.ScorecardLines;
import io.throughline.core.scorecard.SignalCodec;
import io.throughline.store.ao.AoAccess;
import io.throughline.store.ao.Columns;
import io.throughline.store.ao.Rows;
import io.throughline.store.ao.SqlNames;
import io.throughline.store.ao.StoreException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.java.ao.Query;

/**
 * {@link ScorecardLines} on Active Objects: reads in plain SQL (the as-of read is one statement over
 * the whole portfolio), writes through AO. A put replaces the (initiative, day) row by deleting it and
 * inserting the new one in one transaction, so two nodes writing at once are decided by the unique
 * {@code LINE_KEY}: the second insert fails, and the caller's retry keeps whichever line was computed
 * last. The same transaction drops the initiative's earlier lines that are no week's snapshot.
 */
public final class AoScorecardLines implements ScorecardLines {

    private static final String[] COLUMNS = {"INITIATIVE_KEY", "TEAM", "LINE_DAY", "COMPUTED_AT", "STAGE", "STAGE_SINCE",
        "BASELINE", "LATEST", "TARGET", "METRIC_UNIT", "PROGRESS_PERCENT", "HORIZON_DAY", "READINGS", "ITEM_COUNT",
        "DONE_COUNT", "PERCENT_DONE", "DEPLOYMENTS", "FAILED_COUNT", "FAIL_RATE", "DECISION_DAYS", "OPEN_DEPENDENCIES",
        "WORST_HEALTH", "ACK_MEDIAN_DAYS", "LATE_DISCOVERED", "WITHOUT_CONTRACT", "SIGNALS", "DEPENDENCY_COUNT"};
    private static final Stage[] STAGES = Stage.values();
    private static final Health[] HEALTHS = Health.values();

    private final AoAccess ao;

    public AoScorecardLines(AoAccess ao) {
        this.ao = ao;
    }

    /**
     * @throws io.throughline.core.common.ThroughlineException.Conflict when another writer inserted the
     *     same line at the same moment (the transaction is rolled back; run the put again in a new one)
     */
    @Override
    public void put(ScorecardLine line) {
        try {
            ao.inTransaction(() -> {
                ScorecardLineEntity[] stored = ao.find(ScorecardLineEntity.class,
                        Query.select().where("LINE_KEY = ?", lineKey(line.initiative(), line.day())));
                if (stored.length == 0 || stored[0].getComputedAt() <= Columns.millis(line.computedAt())) {
                    delete(stored);
                    ao.create(ScorecardLineEntity.class, row(line));
                }
                delete(ao.find(ScorecardLineEntity.class, Query.select().where(
                        "INITIATIVE_KEY = ? AND LINE_DAY < ? AND WEEKLY = ?", line.initiative().value(),
                        Columns.day(line.day()), Boolean.FALSE)));
                return null;
            });
        } catch (StoreException | IllegalStateException e) {
            if (StoreException.isUniqueViolation(e) || StoreException.isRolledBackForRetry(e)) {
                throw ScorecardLines.raced(line.initiative());
            }
            throw e;
        }
    }

    /**
     * One plain-SQL statement whatever the number of initiatives: each initiative's rows joined to its
     * greatest day on or before {@code day}, in initiative key order (sorted here: a key's number
     * orders numerically, which text order in SQL would not).
     */
    @Override
    public List<ScorecardLine> asOf(LocalDate day) {
        List<ScorecardLine> lines = ao.read((connection, names) -> {
            String sql = names.sql("scorecard.as-of", n -> "SELECT " + columns(n, "l") + " FROM "
                    + n.table(ScorecardLineEntity.class) + " l JOIN (SELECT " + n.column("INITIATIVE_KEY")
                    + ", MAX(" + n.column("LINE_DAY") + ") AS NEWEST_DAY FROM " + n.table(ScorecardLineEntity.class)
                    + " WHERE " + n.column("LINE_DAY") + " <= ? GROUP BY " + n.column("INITIATIVE_KEY") + ") newest ON l."
                    + n.column("INITIATIVE_KEY") + " = newest." + n.column("INITIATIVE_KEY") + " AND l."
                    + n.column("LINE_DAY") + " = newest.NEWEST_DAY");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, Columns.day(day));
                return lines(statement);
            }
        });
        lines.sort(Comparator.comparing(ScorecardLine::initiative));
        return lines;
    }

    /** One plain-SQL statement: the newest {@code count} snapshots, read newest first and returned oldest first. */
    @Override
    public List<ScorecardLine> weeks(InitiativeKey initiative, LocalDate upTo, int count) {
        if (count <= 0) {
            return List.of();
        }
        List<ScorecardLine> weeks = ao.read((connection, names) -> {
            String sql = names.sql("scorecard.weeks", n -> "SELECT " + columns(n, "l") + " FROM "
                    + n.table(ScorecardLineEntity.class) + " l WHERE l." + n.column("INITIATIVE_KEY") + " = ? AND l."
                    + n.column("LINE_DAY") + " <= ? AND l." + n.column("WEEKLY") + " = ? ORDER BY l."
                    + n.column("LINE_DAY") + " DESC");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setMaxRows(count);
                statement.setString(1, initiative.value());
                statement.setLong(2, Columns.day(upTo));
                statement.setBoolean(3, true);
                return lines(statement);
            }
        });
        Collections.reverse(weeks);
        return weeks;
    }

    @Override
    public void remove(InitiativeKey initiative) {
        ao.inTransaction(() -> {
            delete(of(initiative));
            return null;
        });
    }

    /**
     * Each line moves to {@code to}, unless {@code to} already has a line of that day, which wins; then
     * {@code to}'s earlier lines that are no week's snapshot are dropped, as a put would. Safe to repeat.
     */
    @Override
    public void rekey(InitiativeKey from, InitiativeKey to) {
        ao.inTransaction(() -> {
            ScorecardLineEntity[] moving = of(from);
            if (moving.length == 0) {
                return null;
            }
            ScorecardLineEntity[] staying = of(to);
            Set<Long> taken = Stream.of(staying).map(ScorecardLineEntity::getLineDay).collect(Collectors.toSet());
            List<ScorecardLineEntity> kept = new ArrayList<>(List.of(staying));
            List<ScorecardLineEntity> dropped = new ArrayList<>();
            for (ScorecardLineEntity row : moving) {
                if (taken.contains(row.getLineDay())) {
                    dropped.add(row);
                } else {
                    row.setInitiativeKey(to.value());
                    row.setLineKey(lineKey(to, Columns.date(row.getLineDay())));
                    row.save();
                    kept.add(row);
                }
            }
            long newest = kept.stream().mapToLong(ScorecardLineEntity::getLineDay).max().orElseThrow();
            kept.stream().filter(row -> row.getLineDay() < newest && !row.getWeekly()).forEach(dropped::add);
            delete(dropped.toArray(new ScorecardLineEntity[0]));
            return null;
        });
    }

    /** The unique key of an initiative's line of a day. */
    static String lineKey(InitiativeKey initiative, LocalDate day) {
        return initiative.value() + "@" + day;
    }

    private ScorecardLineEntity[] of(InitiativeKey initiative) {
        return ao.find(ScorecardLineEntity.class, Query.select().where("INITIATIVE_KEY = ?", initiative.value()));
    }

    private void delete(ScorecardLineEntity[] rows) {
        if (rows.length > 0) {
            ao.delete(rows);
        }
    }

    private static Map<String, Object> row(ScorecardLine line) {
        ScorecardLine.Outcome outcome = line.outcome();
        ScorecardLine.Delivery delivery = line.delivery();
        ScorecardLine.Coordination coordination = line.coordination();
        return Columns.row(
                "LINE_KEY", lineKey(line.initiative(), line.day()),
                "INITIATIVE_KEY", line.initiative().value(),
                "TEAM", line.team().name(),
                "LINE_DAY", Columns.day(line.day()),
                "WEEKLY", ScorecardDays.startsWeek(line.day()),
                "COMPUTED_AT", Columns.millis(line.computedAt()),
                "STAGE", line.stage().name(),
                "STAGE_SINCE", Columns.millis(line.stageSince()),
                "BASELINE", decimal(outcome.baseline()),
                "LATEST", decimal(outcome.latest()),
                "TARGET", decimal(outcome.target()),
                "METRIC_UNIT", outcome.unit().orElse(null),
                "PROGRESS_PERCENT", outcome.progressPercent().orElse(null),
                "HORIZON_DAY", outcome.horizon().map(Columns::day).orElse(null),
                "READINGS", ReadingsColumn.encode(outcome.readings()),
                "ITEM_COUNT", delivery.items(),
                "DONE_COUNT", delivery.done(),
                "PERCENT_DONE", delivery.percentDone().orElse(null),
                "DEPLOYMENTS", delivery.deployments(),
                "FAILED_COUNT", delivery.failed(),
                "FAIL_RATE", decimal(delivery.changeFailRate()),
                "DECISION_DAYS", coordination.decisionDays().orElse(null),
                "OPEN_DEPENDENCIES", coordination.openDependencies(),
                "DEPENDENCY_COUNT", coordination.dependencies(),
                "WORST_HEALTH", coordination.worstHealth().map(Health::name).orElse(null),
                "ACK_MEDIAN_DAYS", decimal(coordination.ackMedianDays()),
                "LATE_DISCOVERED", coordination.lateDiscovered(),
                "WITHOUT_CONTRACT", coordination.withoutContract(),
                "SIGNALS", line.signals().isEmpty() ? null : SignalCodec.encode(line.signals()));
    }

    /** The columns {@link #lines} reads, of the line table under {@code alias}. */
    private static String columns(SqlNames names, String alias) {
        return Stream.of(COLUMNS).map(column -> alias + "." + names.column(column)).collect(Collectors.joining(", "));
    }

    private static List<ScorecardLine> lines(PreparedStatement statement) throws SQLException {
        List<ScorecardLine> lines = new ArrayList<>();
        Rows.Distinct<Team> teams = new Rows.Distinct<>(Team::new);
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                lines.add(line(row, teams));
            }
        }
        return lines;
    }

    /** The line in a row of {@link #COLUMNS}, read in their order. */
    private static ScorecardLine line(ResultSet row, Rows.Distinct<Team> teams) throws SQLException {
        InitiativeKey initiative = new InitiativeKey(row.getString(1));
        Team team = teams.of(row.getString(2));
        LocalDate day = Columns.date(row.getLong(3));
        ScorecardLine.Outcome outcome = new ScorecardLine.Outcome(decimal(row.getString(7)), decimal(row.getString(8)),
                decimal(row.getString(9)), Optional.ofNullable(row.getString(10)),
                Optional.ofNullable(Rows.nullableInt(row, 11)),
                Optional.ofNullable(Rows.nullableLong(row, 12)).map(Columns::date),
                ReadingsColumn.decode(row.getString(13)));
        ScorecardLine.Delivery delivery = new ScorecardLine.Delivery(row.getInt(14), row.getInt(15),
                Optional.ofNullable(Rows.nullableInt(row, 16)), row.getInt(17), row.getInt(18),
                decimal(row.getString(19)));
        Optional<Long> decisionDays = Optional.ofNullable(Rows.nullableLong(row, 20));
        int open = row.getInt(21);
        String worst = row.getString(22);
        ScorecardLine.Coordination coordination = new ScorecardLine.Coordination(decisionDays, row.getInt(27), open,
                worst == null ? Optional.empty() : Optional.of(Rows.constant(HEALTHS, worst)),
                decimal(row.getString(23)), row.getInt(24), row.getInt(25));
        return new ScorecardLine(initiative, team, day, Columns.instant(row.getLong(4)),
                Rows.constant(STAGES, row.getString(5)), Columns.instant(row.getLong(6)), outcome, delivery,
                coordination, SignalCodec.decode(row.getString(26)));
    }

    private static String decimal(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toString).orElse(null);
    }

    private static Optional<BigDecimal> decimal(String text) {
        return text == null ? Optional.empty() : Optional.of(new BigDecimal(text));
    }
}
