package io.throughline.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.Message;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.FieldError;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.metric.MetricParse;
import io.throughline.core.metric.SuccessMetric;
import io.throughline.core.metric.SuccessMetricParser;
import io.throughline.core.signal.Signal;
import io.throughline.core.signal.SignalVerdict;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The scorecard's pure rules: progress to target, trends, the stored signals' codec and the query's checks. */
class ScorecardRulesTest {

    private static final Instant AT = Instant.parse("2026-06-01T12:00:00Z");

    @ParameterizedTest(name = "{0} read {1} -> {2} %")
    @CsvSource(nullValues = "none", value = {
            "Activation rate: 20% -> 30%, 20, 0",
            "Activation rate: 20% -> 30%, 25, 50",
            "Activation rate: 20% -> 30%, 29.99, 99",
            "Activation rate: 20% -> 30%, 30, 100",
            "Activation rate: 20% -> 30%, 35, 150",
            "Activation rate: 20% -> 30%, 18, -20",
            "p95 checkout latency: 900 ms -> 400 ms, 650, 50",
            "p95 checkout latency: 900 ms -> 400 ms, 1000, -20",
            "Activation rate: 30%, 25, none"})
    void progressGoesFromTheBaselineTowardTheTargetInTheMetricsDirection(String metric, String reading,
                                                                         Integer percent) {
        SuccessMetric parsed = ((MetricParse.Valid) SuccessMetricParser.parse(metric)).metric();
        assertThat(LineFacts.progress(Optional.of(parsed), parsed.baseline().map(m -> m.value()),
                Optional.of(new BigDecimal(reading)))).isEqualTo(Optional.ofNullable(percent));
    }

    @Test
    void withoutAReadingThereIsNoProgress() {
        SuccessMetric parsed = ((MetricParse.Valid) SuccessMetricParser.parse("Activation rate: 20% -> 30%")).metric();
        assertThat(LineFacts.progress(Optional.of(parsed), Optional.of(BigDecimal.TEN), Optional.empty())).isEmpty();
    }

    private static ScorecardLine line(Optional<Integer> progress, int deployments, int failed, int open) {
        return new ScorecardLine(InitiativeKey.parse("GROW-1"), Team.of("Growth"), LocalDate.of(2026, 6, 1), AT,
                Stage.DELIVERING, AT,
                new ScorecardLine.Outcome(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        progress, Optional.empty(), List.of()),
                new ScorecardLine.Delivery(4, 1, Optional.of(25), deployments, failed, deployments == 0 ? Optional.empty()
                        : Optional.of(BigDecimal.valueOf(failed).divide(BigDecimal.valueOf(deployments),
                                4, java.math.RoundingMode.HALF_UP))),
                new ScorecardLine.Coordination(Optional.of(3L), open, open, open == 0 ? Optional.empty()
                        : Optional.of(Health.AT_RISK), Optional.empty(), 0, 0), List.of());
    }

    @Test
    void aTrendFollowsTheFiguresDirectionAndIsNoneWithoutBothSides() {
        ScorecardLine before = line(Optional.of(20), 4, 1, 2);
        ScorecardLine now = line(Optional.of(60), 8, 4, 2);

        assertThat(Trend.of(Figure.OUTCOME_PROGRESS, now, Optional.of(before))).isEqualTo(Trend.BETTER);
        assertThat(Trend.of(Figure.OUTCOME_PROGRESS, before, Optional.of(now))).isEqualTo(Trend.WORSE);
        assertThat(Trend.of(Figure.DEPLOYMENTS_PER_WEEK, now, Optional.of(before))).isEqualTo(Trend.BETTER);
        assertThat(Trend.of(Figure.CHANGE_FAIL_RATE, now, Optional.of(before))).as("0.5 after 0.25 is worse")
                .isEqualTo(Trend.WORSE);
        assertThat(Trend.of(Figure.OPEN_DEPENDENCIES, now, Optional.of(before))).isEqualTo(Trend.SAME);
        assertThat(Trend.of(Figure.OPEN_DEPENDENCIES, line(Optional.empty(), 0, 0, 1), Optional.of(before)))
                .as("fewer open dependencies").isEqualTo(Trend.BETTER);
        assertThat(Trend.of(Figure.OUTCOME_PROGRESS, line(Optional.empty(), 0, 0, 0), Optional.of(before)))
                .as("no reading now").isEqualTo(Trend.NONE);
        assertThat(Trend.of(Figure.CHANGE_FAIL_RATE, now, Optional.of(line(Optional.empty(), 0, 0, 0))))
                .as("no deployment then").isEqualTo(Trend.NONE);
        assertThat(Trend.all(now, Optional.empty())).hasSize(Figure.values().length).containsValue(Trend.NONE)
                .doesNotContainValue(Trend.BETTER);
    }

    @Test
    void perWeekIsTheWindowsDeploymentsOverFourWeeks() {
        assertThat(line(Optional.empty(), 6, 0, 0).delivery().deploymentsPerWeek()).isEqualByComparingTo("1.5");
        assertThat(line(Optional.empty(), 1, 0, 0).delivery().deploymentsPerWeek()).isEqualByComparingTo("0.3");
    }

    @Test
    void storedSignalsDecodeToEqualVerdictsWhateverTheirArguments() {
        List<SignalVerdict> verdicts = List.of(
                new SignalVerdict(Signal.STALLED, Message.of("throughline.signal.stalled", 20L, 14)),
                new SignalVerdict(Signal.HORIZON_PASSED, Message.of("throughline.signal.horizon-passed", "2026-05-01")),
                new SignalVerdict(Signal.SPEED_BORROWED, Message.of("throughline.signal.speed-borrowed", 2, 5,
                        new BigDecimal("12.5"), "a;b c%d")),
                new SignalVerdict(Signal.TARGET_DRIFT, Message.of("throughline.signal.target-drift",
                        LocalDate.of(2026, 6, 1))),
                new SignalVerdict(Signal.SHIPPED_WITHOUT_DEPLOYMENT,
                        Message.of("throughline.signal.shipped-without-deployment")));

        String stored = SignalCodec.encode(verdicts);

        assertThat(stored).doesNotContain("a;b");
        assertThat(SignalCodec.decode(stored)).isEqualTo(verdicts);
        assertThat(SignalCodec.decode(SignalCodec.encode(List.of()))).isEmpty();
        assertThatThrownBy(() -> SignalCodec.decode("STALLED")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignalCodec.decode("NO_SUCH throughline.x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyWrongPartOfAQueryIsNamedAtOnce() {
        assertThatThrownBy(() -> ScorecardQuery.parse("30/11/2026", null, List.of("shipping"), null, "green",
                "STALE", "colour", "up"))
                .isInstanceOfSatisfying(ThroughlineException.InvalidInput.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field)
                                .containsExactly("asOf", "stage", "health", "signal", "sort", "order"));
    }

    @Test
    void aQueryReadsNamesWhateverTheirCase() {
        ScorecardQuery query = ScorecardQuery.parse(" 2026-11-30 ", List.of("Growth", " "), List.of("shipped"),
                " pm.growth ", "at-risk", "mostly_done", "fail_rate", "DESC");

        assertThat(query.asOf()).contains(LocalDate.of(2026, 11, 30));
        assertThat(query.teams()).containsExactly(Team.of("Growth"));
        assertThat(query.stages()).containsExactly(Stage.SHIPPED);
        assertThat(query.owner()).contains("pm.growth");
        assertThat(query.health()).contains(Health.AT_RISK);
        assertThat(query.signal()).contains(Signal.MOSTLY_DONE);
        assertThat(query.sort()).isEqualTo(ScorecardQuery.Sort.FAIL_RATE);
        assertThat(query.descending()).isTrue();
    }

    @Test
    void aWeekStartsOnMondayAndTodaysEndIsNow() {
        assertThat(ScorecardDays.weekOf(LocalDate.of(2026, 12, 3))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(ScorecardDays.startsWeek(LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(ScorecardDays.startsWeek(LocalDate.of(2026, 12, 6))).isFalse();
        assertThat(ScorecardDays.end(LocalDate.of(2026, 6, 1), java.time.ZoneOffset.UTC, AT)).isEqualTo(AT);
        assertThat(ScorecardDays.end(LocalDate.of(2026, 5, 31), java.time.ZoneOffset.UTC, AT))
                .isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
    }
}
