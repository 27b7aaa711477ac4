package io.throughline.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.scorecard.ScorecardLine;
import io.throughline.core.scorecard.ScorecardLine.Coordination;
import io.throughline.core.scorecard.ScorecardLine.Delivery;
import io.throughline.core.scorecard.ScorecardLine.Outcome;
import io.throughline.core.scorecard.ScorecardLine.Reading;
import io.throughline.core.scorecard.ScorecardLines;
import io.throughline.core.signal.Signal;
import io.throughline.core.signal.SignalVerdict;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ScorecardLines} must do. */
public abstract class ScorecardLinesContract {

    /** A Monday: the lines of {@code MONDAY.plusWeeks(n)} are weekly snapshots, the days between are not. */
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    public static final Instant T = Instant.parse("2026-11-30T09:15:30.123Z");
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");

    private ScorecardLines lines;

    protected abstract ScorecardLines newLines();

    @BeforeEach
    void createStore() {
        lines = newLines();
    }

    /** A line with every figure present: signals with arguments of each type, a full sparkline, exact decimals. */
    public static ScorecardLine full(String key, LocalDate day, Instant computedAt) {
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < ScorecardLine.READINGS_KEPT; i++) {
            readings.add(new Reading(day.minusWeeks(ScorecardLine.READINGS_KEPT - i), new BigDecimal("22.5" + i)));
        }
        readings.set(0, new Reading(day.minusYears(1), new BigDecimal("-3.50")));
        readings.set(1, new Reading(day.minusMonths(11), new BigDecimal("1.5E+9")));
        Outcome outcome = new Outcome(Optional.of(new BigDecimal("22")), Optional.of(new BigDecimal("27.50")),
                Optional.of(new BigDecimal("30")), Optional.of("% of teams; weekly"), Optional.of(68),
                Optional.of(day.plusDays(120)), readings);
        Delivery delivery = new Delivery(40, 31, Optional.of(77), 9, 2, Optional.of(new BigDecimal("0.2222")));
        Coordination coordination = new Coordination(Optional.of(12L), 5, 3, Optional.of(Health.AT_RISK),
                Optional.of(new BigDecimal("2.50")), 1, 2);
        List<SignalVerdict> signals = List.of(
                new SignalVerdict(Signal.STALLED, Message.of("throughline.signal.stalled", 21, 14L)),
                new SignalVerdict(Signal.OUTPUT_WITHOUT_OUTCOME, Message.of("throughline.signal.output-without-outcome",
                        new BigDecimal("0.35"), day.minusDays(60), "Activation: 22% → 30%; a b&c=d")),
                new SignalVerdict(Signal.TARGET_DRIFT, Message.of("throughline.signal.target-drift")));
        return new ScorecardLine(InitiativeKey.parse(key), new Team("Growth"), day, computedAt, Stage.DELIVERING,
                computedAt.minus(Duration.ofDays(20)).minusMillis(7), outcome, delivery, coordination, signals);
    }

    /** A line with nothing optional: no metric, no trace, no deployment, no dependency, no signal. */
    public static ScorecardLine bare(String key, LocalDate day, Instant computedAt) {
        return new ScorecardLine(InitiativeKey.parse(key), new Team("Data"), day, computedAt, Stage.BET, computedAt,
                Outcome.NONE, new Delivery(0, 0, Optional.empty(), 0, 0, Optional.empty()),
                new Coordination(Optional.empty(), 0, 0, Optional.empty(), Optional.empty(), 0, 0), List.of());
    }

    /** A line told apart by its open dependencies. */
    public static ScorecardLine line(String key, LocalDate day, Instant computedAt, int open) {
        ScorecardLine bare = bare(key, day, computedAt);
        return new ScorecardLine(bare.initiative(), bare.team(), day, computedAt, bare.stage(), bare.stageSince(),
                bare.outcome(), bare.delivery(),
                new Coordination(Optional.empty(), open, open, Optional.empty(), Optional.empty(), 0, 0), List.of());
    }

    @Test
    void aFullLineComesBackAsStoredToTheMillisecond() {
        ScorecardLine stored = full("GROW-1", MONDAY.plusDays(3), T);
        lines.put(stored);

        assertThat(lines.asOf(MONDAY.plusDays(3))).containsExactly(stored);
        assertThat(lines.asOf(MONDAY.plusDays(3)).get(0).outcome().readings()).hasSize(ScorecardLine.READINGS_KEPT);
    }

    @Test
    void aLineWithNothingOptionalComesBackWithNothingInvented() {
        ScorecardLine stored = bare("DATA-1", MONDAY, T);
        lines.put(stored);

        assertThat(lines.asOf(MONDAY)).containsExactly(stored);
        assertThat(lines.weeks(InitiativeKey.parse("DATA-1"), MONDAY, 1)).containsExactly(stored);
    }

    @Test
    void aNewerLineOfTheSameDayReplacesTheOldAndAnOlderOneIsIgnored() {
        LocalDate tuesday = MONDAY.plusDays(1);
        lines.put(line("GROW-1", tuesday, T, 1));
        lines.put(line("GROW-1", tuesday, T.plusSeconds(60), 2));
        lines.put(line("GROW-1", tuesday, T.plusSeconds(30), 3));
        lines.put(line("GROW-1", tuesday, T.plusSeconds(60), 4));

        assertThat(lines.asOf(tuesday)).singleElement().isEqualTo(line("GROW-1", tuesday, T.plusSeconds(60), 4));
    }

    @Test
    void aLaterLineDropsEarlierDaysThatStartNoWeekAndKeepsTheWeeks() {
        for (int day = 0; day < 10; day++) {
            lines.put(line("GROW-1", MONDAY.plusDays(day), T.plusSeconds(day), day));
        }
        lines.put(line("DATA-1", MONDAY.plusDays(2), T, 99));

        // Wednesday of the second week: both Mondays and the day itself remain.
        assertThat(lines.asOf(MONDAY.plusDays(4))).extracting(l -> l.initiative().value(), ScorecardLine::day)
                .containsExactly(tuple("DATA-1", MONDAY.plusDays(2)), tuple("GROW-1", MONDAY));
        assertThat(lines.asOf(MONDAY.plusDays(8))).extracting(ScorecardLine::day)
                .containsExactly(MONDAY.plusDays(2), MONDAY.plusDays(7));
        assertThat(lines.asOf(MONDAY.plusDays(9))).extracting(ScorecardLine::day)
                .containsExactly(MONDAY.plusDays(2), MONDAY.plusDays(9));
        assertThat(lines.weeks(GROW_1, MONDAY.plusDays(30), 10)).extracting(ScorecardLine::day)
                .containsExactly(MONDAY, MONDAY.plusDays(7));
    }

    @Test
    void asOfGivesEachInitiativeItsNewestLineOnOrBeforeTheDayInKeyOrder() {
        lines.put(line("GROW-10", MONDAY.plusWeeks(2), T, 10));
        lines.put(line("GROW-9", MONDAY, T, 90));
        lines.put(line("GROW-9", MONDAY.plusWeeks(1), T, 91));
        lines.put(line("GROW-9", MONDAY.plusWeeks(1).plusDays(3), T, 92));
        lines.put(line("DATA-1", MONDAY.plusDays(8), T, 1));

        assertThat(lines.asOf(MONDAY.minusDays(1))).isEmpty();
        // Between two weeks: the earlier week's snapshot.
        assertThat(lines.asOf(MONDAY.plusDays(4))).extracting(l -> l.initiative().value(), l -> l.coordination().openDependencies())
                .containsExactly(tuple("GROW-9", 90));
        assertThat(lines.asOf(MONDAY.plusDays(8))).extracting(l -> l.initiative().value(), l -> l.coordination().openDependencies())
                .containsExactly(tuple("DATA-1", 1), tuple("GROW-9", 91));
        assertThat(lines.asOf(MONDAY.plusDays(30))).extracting(l -> l.initiative().value(), l -> l.coordination().openDependencies())
                .containsExactly(tuple("DATA-1", 1), tuple("GROW-9", 92), tuple("GROW-10", 10));
    }

    @Test
    void weeksAreTheNewestSnapshotsUpToTheDayOldestFirst() {
        for (int week = 0; week < 6; week++) {
            lines.put(line("GROW-1", MONDAY.plusWeeks(week), T, week));
            lines.put(line("GROW-2", MONDAY.plusWeeks(week), T, 100 + week));
        }
        lines.put(line("GROW-1", MONDAY.plusWeeks(5).plusDays(2), T, 55));

        assertThat(lines.weeks(GROW_1, MONDAY.plusWeeks(4).plusDays(3), 3))
                .extracting(l -> l.coordination().openDependencies()).containsExactly(2, 3, 4);
        assertThat(lines.weeks(GROW_1, MONDAY.plusWeeks(4), 2))
                .extracting(l -> l.coordination().openDependencies()).containsExactly(3, 4);
        assertThat(lines.weeks(GROW_1, MONDAY.plusWeeks(9), 10))
                .extracting(l -> l.coordination().openDependencies()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(lines.weeks(GROW_1, MONDAY.minusDays(1), 3)).isEmpty();
        assertThat(lines.weeks(GROW_1, MONDAY.plusWeeks(9), 0)).isEmpty();
        assertThat(lines.weeks(InitiativeKey.parse("GROW-3"), MONDAY.plusWeeks(9), 3)).isEmpty();
    }

    @Test
    void removeForgetsEveryLineOfTheInitiativeOnly() {
        lines.put(line("GROW-1", MONDAY, T, 1));
        lines.put(line("GROW-1", MONDAY.plusDays(3), T, 2));
        lines.put(line("DATA-1", MONDAY, T, 3));

        lines.remove(GROW_1);
        lines.remove(GROW_1);

        assertThat(lines.asOf(MONDAY.plusDays(3))).extracting(l -> l.initiative().value()).containsExactly("DATA-1");
        assertThat(lines.weeks(GROW_1, MONDAY.plusDays(3), 5)).isEmpty();
    }

    @Test
    void aRekeyMovesEveryLineUnchangedButItsKey() {
        ScorecardLine newest = full("GROW-1", MONDAY.plusDays(10), T);
        lines.put(line("GROW-1", MONDAY, T, 1));
        lines.put(line("GROW-1", MONDAY.plusWeeks(1), T, 2));
        lines.put(newest);
        InitiativeKey core7 = InitiativeKey.parse("CORE-7");

        lines.rekey(GROW_1, core7);
        lines.rekey(GROW_1, core7);

        assertThat(lines.asOf(MONDAY.plusDays(10))).singleElement().satisfies(moved -> {
            assertThat(moved.initiative()).isEqualTo(core7);
            assertThat(moved).usingRecursiveComparison().ignoringFields("initiative").isEqualTo(newest);
        });
        assertThat(lines.weeks(core7, MONDAY.plusDays(10), 5)).extracting(l -> l.coordination().openDependencies())
                .containsExactly(1, 2);
        assertThat(lines.weeks(GROW_1, MONDAY.plusDays(10), 5)).isEmpty();
    }
}
