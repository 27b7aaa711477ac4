package io.throughline.store;

import static io.throughline.core.contract.ScorecardLinesContract.MONDAY;
import static io.throughline.core.contract.ScorecardLinesContract.T;
import static io.throughline.core.contract.ScorecardLinesContract.full;
import static io.throughline.core.contract.ScorecardLinesContract.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.scorecard.ScorecardLine;
import io.throughline.store.scorecard.AoScorecardLines;
import io.throughline.store.scorecard.ScorecardLineEntity;
import io.throughline.store.standalone.AoDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the Active Objects scorecard store does beyond the port's contract: the rows it leaves in the
 * table, the unique key following a rekey, and the as-of read costing one statement whatever the
 * portfolio's size.
 */
class ScorecardStoreTest {

    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");
    private static final InitiativeKey CORE_7 = InitiativeKey.parse("CORE-7");

    private final List<AoDatabase> opened = new ArrayList<>();

    @AfterEach
    void closeDatabases() {
        opened.forEach(AoDatabase::close);
    }

    private AoDatabase fresh(TestDatabases kind) {
        AoDatabase db = kind.fresh();
        opened.add(db);
        return db;
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void theTableKeepsTheNewestLineAndTheWeeksWithTheirFlagAndKey(TestDatabases kind) {
        AoDatabase db = fresh(kind);
        AoScorecardLines lines = new AoScorecardLines(db.access());
        for (int day = 0; day <= 15; day++) {
            lines.put(line("GROW-1", MONDAY.plusDays(day), T, day));
        }
        // A late line of a day that was dropped is stored again, and is itself dropped by the next put.
        lines.put(line("GROW-1", MONDAY.plusDays(3), T, 33));

        assertThat(rows(db)).containsExactly(
                tuple("GROW-1@2026-11-02", "GROW-1", MONDAY, true),
                tuple("GROW-1@2026-11-05", "GROW-1", MONDAY.plusDays(3), false),
                tuple("GROW-1@2026-11-09", "GROW-1", MONDAY.plusDays(7), true),
                tuple("GROW-1@2026-11-16", "GROW-1", MONDAY.plusDays(14), true),
                tuple("GROW-1@2026-11-17", "GROW-1", MONDAY.plusDays(15), false));

        lines.put(line("GROW-1", MONDAY.plusDays(16), T, 16));
        assertThat(rows(db)).extracting(row -> row.toList().get(2))
                .containsExactly(MONDAY, MONDAY.plusDays(7), MONDAY.plusDays(14), MONDAY.plusDays(16));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aRekeyKeepsALineAlreadyUnderTheNewKeyAndFreesTheOldKeyForNewLines(TestDatabases kind) {
        AoDatabase db = fresh(kind);
        AoScorecardLines lines = new AoScorecardLines(db.access());
        lines.put(line("GROW-1", MONDAY, T, 1));
        lines.put(line("GROW-1", MONDAY.plusWeeks(1), T, 2));
        lines.put(line("GROW-1", MONDAY.plusWeeks(1).plusDays(2), T, 3));
        lines.put(line("CORE-7", MONDAY.plusWeeks(1), T, 70));
        lines.put(line("CORE-7", MONDAY.plusWeeks(1).plusDays(1), T, 71));

        lines.rekey(GROW_1, CORE_7);

        // CORE-7's own week stays; GROW-1's newest (Wednesday) is newer than CORE-7's Tuesday, which goes.
        assertThat(rows(db)).containsExactly(
                tuple("CORE-7@2026-11-02", "CORE-7", MONDAY, true),
                tuple("CORE-7@2026-11-09", "CORE-7", MONDAY.plusWeeks(1), true),
                tuple("CORE-7@2026-11-11", "CORE-7", MONDAY.plusWeeks(1).plusDays(2), false));
        assertThat(lines.weeks(CORE_7, MONDAY.plusWeeks(2), 5)).extracting(l -> l.coordination().openDependencies())
                .containsExactly(1, 70);

        // A new initiative under the old key writes the same days without meeting the moved rows' unique keys.
        lines.put(line("GROW-1", MONDAY.plusWeeks(1), T, 5));
        assertThat(lines.asOf(MONDAY.plusWeeks(1))).extracting(l -> l.initiative().value(),
                l -> l.coordination().openDependencies()).containsExactly(tuple("CORE-7", 70), tuple("GROW-1", 5));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void theAsOfReadIsOneStatementWhateverThePortfolioSize(TestDatabases kind) {
        AoDatabase db = fresh(kind);
        AoScorecardLines lines = new AoScorecardLines(db.access());
        long[] statements = new long[2];
        int[] sizes = {3, 300};
        int made = 0;
        for (int round = 0; round < sizes.length; round++) {
            for (; made < sizes[round]; made++) {
                String key = "P" + (made % 7) + "-" + (made + 1);
                lines.put(full(key, MONDAY, T));
                lines.put(full(key, MONDAY.plusWeeks(1), T));
                lines.put(full(key, MONDAY.plusWeeks(1).plusDays(3), T));
            }
            long before = db.statementCount();
            List<ScorecardLine> read = lines.asOf(MONDAY.plusWeeks(1).plusDays(1));
            statements[round] = db.statementCount() - before;

            assertThat(read).hasSize(sizes[round]).allSatisfy(l -> assertThat(l.day()).isEqualTo(MONDAY.plusWeeks(1)));
        }
        assertThat(statements).containsExactly(1, 1);
    }

    /** Every row of the table, by key: (line key, initiative, day, weekly). */
    static List<Tuple> rows(AoDatabase db) {
        return db.access().read((connection, names) -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + names.columns("LINE_KEY",
                    "INITIATIVE_KEY", "LINE_DAY", "WEEKLY") + " FROM " + names.table(ScorecardLineEntity.class)
                    + " ORDER BY " + names.column("LINE_KEY"));
                 ResultSet row = statement.executeQuery()) {
                List<Tuple> rows = new ArrayList<>();
                while (row.next()) {
                    rows.add(tuple(row.getString(1), row.getString(2), LocalDate.ofEpochDay(row.getLong(3)),
                            row.getBoolean(4)));
                }
                return rows;
            }
        });
    }
}
