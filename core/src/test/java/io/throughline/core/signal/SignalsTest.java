package io.throughline.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Messages;
import io.throughline.core.initiative.Stage;
import io.throughline.core.trace.Progress;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every signal as a table of cases around its threshold, on facts that raise nothing else. */
class SignalsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final SignalThresholds DEFAULTS = SignalThresholds.DEFAULTS;

    private static Instant ago(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static Instant agoHours(long hours) {
        return NOW.minus(Duration.ofHours(hours));
    }

    /** A DELIVERING initiative in good order: recent movement, recent evidence, readings, half done. */
    private static Facts healthy() {
        return new Facts();
    }

    /** A mutable builder of facts, so each case names only what it changes. */
    private static final class Facts {
        Stage stage = Stage.DELIVERING;
        Instant stageSince = ago(40);
        Optional<Progress> trace = Optional.of(Progress.of(2, 3, 5, Optional.empty()));
        Optional<Instant> traceMoved = Optional.of(ago(1));
        Optional<Instant> allDoneSince = Optional.empty();
        List<Integer> weekly = List.of(30, 40, 50);
        Optional<LocalDate> horizon = Optional.of(LocalDate.of(2027, 3, 1));
        boolean readingByHorizon = false;
        boolean eventsKnown = true;
        int deploymentsInYear = 12;
        Optional<InitiativeFacts.Speed> speed = Optional.empty();
        int outputDeployments = 2;
        boolean outcomeMoved = true;
        Optional<Instant> lastEvidence = Optional.of(ago(3));
        int unaccepted = 0;

        Facts stage(Stage value, Instant since) {
            stage = value;
            stageSince = since;
            return this;
        }

        Facts trace(int toDo, int inProgress, int done) {
            trace = Optional.of(Progress.of(toDo, inProgress, done, Optional.empty()));
            return this;
        }

        InitiativeFacts build() {
            return new InitiativeFacts(stage, stageSince, trace, traceMoved, allDoneSince, weekly, horizon,
                    readingByHorizon, eventsKnown, deploymentsInYear, speed, outputDeployments, outcomeMoved,
                    lastEvidence, unaccepted);
        }
    }

    private static List<Signal> raised(Facts facts) {
        return Signals.judge(facts.build(), DEFAULTS, NOW, UTC).stream().map(SignalVerdict::signal).toList();
    }

    private static String reason(Facts facts, Signal signal) {
        return Signals.judge(facts.build(), DEFAULTS, NOW, UTC).stream().filter(v -> v.signal() == signal)
                .map(v -> Messages.english().format(v.reason())).findFirst().orElseThrow();
    }

    @Test
    void aHealthyInitiativeRaisesNothing() {
        assertThat(raised(healthy())).isEmpty();
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        // STALLED: DELIVERING, nothing moved for 14 days (movement before entering the stage does not count).
        cases.add(Arguments.of("moved 13 days 23 h ago", f(f -> f.traceMoved = Optional.of(agoHours(14 * 24 - 1))), List.of()));
        cases.add(Arguments.of("moved 14 days ago", f(f -> f.traceMoved = Optional.of(ago(14))), List.of(Signal.STALLED)));
        cases.add(Arguments.of("never moved, delivering 14 days", f(f -> {
            f.traceMoved = Optional.empty();
            f.stageSince = ago(14);
        }), List.of(Signal.STALLED)));
        cases.add(Arguments.of("moved long ago but entered delivering 5 days ago", f(f -> {
            f.traceMoved = Optional.of(ago(60));
            f.stageSince = ago(5);
        }), List.of()));
        cases.add(Arguments.of("committed, not moved for 20 days, started", f(f -> {
            f.stage(Stage.COMMITTED, ago(10));
            f.traceMoved = Optional.of(ago(20));
        }), List.of()));
        // NOT_STARTED: COMMITTED for more than 14 days, nothing in progress or done.
        cases.add(Arguments.of("committed 14 days, nothing started", f(f -> {
            f.stage(Stage.COMMITTED, ago(14));
            f.trace(6, 0, 0);
        }), List.of()));
        cases.add(Arguments.of("committed 15 days, nothing started", f(f -> {
            f.stage(Stage.COMMITTED, ago(15));
            f.trace(6, 0, 0);
        }), List.of(Signal.NOT_STARTED)));
        cases.add(Arguments.of("committed 15 days, empty trace", f(f -> {
            f.stage(Stage.COMMITTED, ago(15));
            f.trace(0, 0, 0);
        }), List.of(Signal.NOT_STARTED)));
        cases.add(Arguments.of("committed 15 days, one item in progress", f(f -> {
            f.stage(Stage.COMMITTED, ago(15));
            f.trace(5, 1, 0);
        }), List.of()));
        // MOSTLY_DONE: three weekly snapshots in a row at 80 % or more and below 100 %.
        cases.add(Arguments.of("80, 85, 99", f(f -> f.weekly = List.of(10, 80, 85, 99)), List.of(Signal.MOSTLY_DONE)));
        cases.add(Arguments.of("79, 85, 99", f(f -> f.weekly = List.of(79, 85, 99)), List.of()));
        cases.add(Arguments.of("80, 85, 100", f(f -> f.weekly = List.of(80, 85, 100)), List.of()));
        cases.add(Arguments.of("only two snapshots", f(f -> f.weekly = List.of(85, 90)), List.of()));
        // HORIZON_PASSED: the horizon is before today, no reading by then, not validated or invalidated.
        cases.add(Arguments.of("horizon today", f(f -> f.horizon = Optional.of(LocalDate.of(2026, 12, 3))), List.of()));
        cases.add(Arguments.of("horizon yesterday", f(f -> f.horizon = Optional.of(LocalDate.of(2026, 12, 2))),
                List.of(Signal.HORIZON_PASSED)));
        cases.add(Arguments.of("horizon yesterday, reading by then", f(f -> {
            f.horizon = Optional.of(LocalDate.of(2026, 12, 2));
            f.readingByHorizon = true;
        }), List.of()));
        cases.add(Arguments.of("horizon passed, validated", f(f -> {
            f.horizon = Optional.of(LocalDate.of(2026, 11, 2));
            f.stage(Stage.VALIDATED, ago(3));
        }), List.of()));
        // SHIPPED_WITHOUT_DEPLOYMENT, only where the installation receives events.
        cases.add(Arguments.of("shipped, no deployment", f(f -> {
            f.stage(Stage.SHIPPED, ago(3));
            f.trace(0, 0, 10);
            f.deploymentsInYear = 0;
        }), List.of(Signal.SHIPPED_WITHOUT_DEPLOYMENT)));
        cases.add(Arguments.of("shipped, no deployment, no events at all", f(f -> {
            f.stage(Stage.SHIPPED, ago(3));
            f.trace(0, 0, 10);
            f.deploymentsInYear = 0;
            f.eventsKnown = false;
        }), List.of()));
        // STAGE_CONTRADICTS_TRACE: shipped with open items; delivering with all done for 7 days.
        cases.add(Arguments.of("shipped, one item open", f(f -> {
            f.stage(Stage.SHIPPED, ago(3));
            f.trace(0, 1, 9);
        }), List.of(Signal.STAGE_CONTRADICTS_TRACE)));
        cases.add(Arguments.of("delivering, all done 6 days", f(f -> {
            f.trace(0, 0, 10);
            f.allDoneSince = Optional.of(ago(6));
        }), List.of()));
        cases.add(Arguments.of("delivering, all done 7 days", f(f -> {
            f.trace(0, 0, 10);
            f.allDoneSince = Optional.of(ago(7));
        }), List.of(Signal.STAGE_CONTRADICTS_TRACE)));
        // SPEED_BORROWED: more deployments and a higher fail rate than the window before.
        cases.add(Arguments.of("faster and failing more", f(f -> f.speed = speed(12, "0.25", 8, "0.125")),
                List.of(Signal.SPEED_BORROWED)));
        cases.add(Arguments.of("faster, failing the same", f(f -> f.speed = speed(12, "0.25", 8, "0.25")), List.of()));
        cases.add(Arguments.of("as fast, failing more", f(f -> f.speed = speed(8, "0.5", 8, "0.25")), List.of()));
        cases.add(Arguments.of("faster, nothing before", f(f -> f.speed = Optional.of(new InitiativeFacts.Speed(
                5, Optional.of(new BigDecimal("0.4")), 0, Optional.empty()))), List.of()));
        // OUTPUT_WITHOUT_OUTCOME: 4 production deployments in 30 days, no reading toward the target in 60.
        cases.add(Arguments.of("4 deployments, no movement", f(f -> {
            f.outputDeployments = 4;
            f.outcomeMoved = false;
        }), List.of(Signal.OUTPUT_WITHOUT_OUTCOME)));
        cases.add(Arguments.of("3 deployments, no movement", f(f -> {
            f.outputDeployments = 3;
            f.outcomeMoved = false;
        }), List.of()));
        cases.add(Arguments.of("4 deployments, a reading moved", f(f -> f.outputDeployments = 4), List.of()));
        // EVIDENCE_STALE: delivering or shipped, no new evidence for 30 days.
        cases.add(Arguments.of("evidence 29 days ago", f(f -> f.lastEvidence = Optional.of(ago(29))), List.of()));
        cases.add(Arguments.of("evidence 30 days ago", f(f -> f.lastEvidence = Optional.of(ago(30))),
                List.of(Signal.EVIDENCE_STALE)));
        cases.add(Arguments.of("no evidence, delivering 30 days", f(f -> {
            f.lastEvidence = Optional.empty();
            f.stageSince = ago(30);
        }), List.of(Signal.EVIDENCE_STALE)));
        cases.add(Arguments.of("committed, evidence 90 days ago", f(f -> {
            f.stage(Stage.COMMITTED, ago(3));
            f.lastEvidence = Optional.of(ago(90));
        }), List.of()));
        // TARGET_DRIFT: a contract change not accepted.
        cases.add(Arguments.of("one change unaccepted", f(f -> f.unaccepted = 1), List.of(Signal.TARGET_DRIFT)));
        return cases.stream();
    }

    private static Optional<InitiativeFacts.Speed> speed(int now, String rateNow, int before, String rateBefore) {
        return Optional.of(new InitiativeFacts.Speed(now, Optional.of(new BigDecimal(rateNow)), before,
                Optional.of(new BigDecimal(rateBefore))));
    }

    private static Facts f(java.util.function.Consumer<Facts> change) {
        Facts facts = healthy();
        change.accept(facts);
        return facts;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleAtItsThreshold(String name, Facts facts, List<Signal> expected) {
        assertThat(raised(facts)).containsExactlyElementsOf(expected);
    }

    @Test
    void eachReasonSaysTheFiguresAndTheThreshold() {
        assertThat(reason(f(f -> f.traceMoved = Optional.of(ago(17))), Signal.STALLED))
                .isEqualTo("Delivering, and nothing in its trace moved for 17 days (the threshold is 14).");
        assertThat(reason(f(f -> f.speed = speed(12, "0.25", 8, "0.125")), Signal.SPEED_BORROWED))
                .isEqualTo("Deployments rose from 8 to 12 while the change fail rate rose from 12.5 % to 25 %: "
                        + "speed borrowed from reliability.");
        assertThat(reason(f(f -> f.unaccepted = 2), Signal.TARGET_DRIFT))
                .isEqualTo("2 contract changes not accepted by a decision.");
        assertThat(reason(f(f -> f.weekly = List.of(80, 85, 90)), Signal.MOSTLY_DONE))
                .isEqualTo("At 80 % done or more, and not finished, in each of the last 3 weekly snapshots (now 90 %).");
    }

    @Test
    void thresholdsComeFromTheSettings() {
        io.throughline.core.setting.AppSettings settings = new io.throughline.core.setting.AppSettings(java.util.Map.of(
                io.throughline.core.setting.Setting.STALLED_DAYS, "30"), 1);
        InitiativeFacts facts = f(f -> f.traceMoved = Optional.of(ago(20))).build();

        assertThat(Signals.judge(facts, SignalThresholds.of(settings), NOW, UTC)).isEmpty();
        assertThat(Signals.judge(facts, DEFAULTS, NOW, UTC)).extracting(SignalVerdict::signal)
                .containsExactly(Signal.STALLED);
    }

    @Test
    void coordinationDebtIsFourWeeksOfGrowthInARow() {
        List<Optional<BigDecimal>> growing = weeks("1", "1.5", "2", "3", "3.5");
        List<Optional<BigDecimal>> flat = weeks("1", "1.5", "2", "2", "3.5");
        List<Optional<BigDecimal>> gap = List.of(Optional.of(BigDecimal.ONE), Optional.of(new BigDecimal("2")),
                Optional.empty(), Optional.of(new BigDecimal("3")), Optional.of(new BigDecimal("4")));

        assertThat(Signals.coordinationDebt(growing, DEFAULTS)).map(v -> Messages.english().format(v.reason()))
                .contains("The median acknowledgement latency of its requests grew 4 weeks in a row, from 1 to 3.5 days.");
        assertThat(Signals.coordinationDebt(growing.subList(1, 5), DEFAULTS)).as("only three weeks of growth").isEmpty();
        assertThat(Signals.coordinationDebt(flat, DEFAULTS)).isEmpty();
        assertThat(Signals.coordinationDebt(gap, DEFAULTS)).isEmpty();
    }

    private static List<Optional<BigDecimal>> weeks(String... medians) {
        return Stream.of(medians).map(m -> Optional.of(new BigDecimal(m))).toList();
    }
}
