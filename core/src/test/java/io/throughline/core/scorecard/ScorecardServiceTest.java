package io.throughline.core.scorecard;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.signal.Signal;
import io.throughline.core.testing.TestWorld;
import io.throughline.core.trace.StatusCategory;
import io.throughline.core.trace.TraceVia;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scorecard's lines computed from hand-built histories, as of today and of past days. */
class ScorecardServiceTest {

    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

    private final TestWorld world = new TestWorld(MONDAY, Team.of("Growth"), Team.of("Identity"));
    private final UserRef admin = world.admin("ops.lead");

    private void create() {
        world.app.initiatives().save(admin, initiative("GROW-1").team("Growth").stage(Stage.BET).owner("pm.growth")
                .metric("Activation rate: 20% -> 30%").horizon(MONDAY.plusDays(90)).build());
    }

    private void move(Stage stage) {
        Initiative now = world.initiatives.find(GROW_1).orElseThrow();
        world.app.initiatives().save(admin, now.withStage(stage));
    }

    private void reading(String value) {
        world.app.evidence().record(admin, GROW_1, new EvidenceForm("METRIC_READING", "Activation", null, value,
                world.clock.today().toString(), null));
    }

    private Scorecard card(String asOf) {
        return world.app.scorecard().scorecard(admin,
                ScorecardQuery.parse(asOf, null, null, null, null, null, null, null));
    }

    private Optional<ScorecardLine> lineOf(Scorecard card) {
        return card.rows().stream().map(ScorecardRow::line).filter(l -> l.initiative().equals(GROW_1)).findFirst();
    }

    /** Created Monday 1 June; committed on day 3; delivering from day 7; readings on day 10 and day 35. */
    private void history() {
        create();
        world.clock.advanceDays(3);
        move(Stage.COMMITTED);
        world.clock.advanceDays(4);
        move(Stage.DELIVERING);
        world.clock.advanceDays(3);
        reading("22%");
        world.clock.advanceDays(25);
        reading("26%");
    }

    @Test
    void aPastDayShowsTheStageTheEvidenceAndTheDecisionAsTheyStoodThen() {
        history();
        world.clock.advanceDays(8);
        world.app.scorecard().snapshot();

        ScorecardLine beforeCommitment = lineOf(card("2026-06-02")).orElseThrow();
        assertThat(beforeCommitment.stage()).isEqualTo(Stage.BET);
        assertThat(beforeCommitment.coordination().decisionDays()).isEmpty();
        assertThat(beforeCommitment.outcome().latest()).isEmpty();

        ScorecardLine midJune = lineOf(card("2026-06-17")).orElseThrow();
        assertThat(midJune.day()).as("the week's snapshot").isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(midJune.stage()).isEqualTo(Stage.DELIVERING);
        assertThat(midJune.coordination().decisionDays()).contains(3L);
        assertThat(midJune.outcome().latest()).contains(new BigDecimal("22"));
        assertThat(midJune.outcome().progressPercent()).contains(20);

        assertThat(lineOf(card("2026-05-31"))).as("before it was created").isEmpty();
    }

    @Test
    void todaysFiguresTrendAgainstTheLineFourWeeksEarlier() {
        history();
        world.clock.advanceDays(8);
        world.app.scorecard().snapshot();

        Scorecard today = card(null);
        ScorecardRow row = today.rows().get(0);
        assertThat(today.asOf()).isEqualTo(MONDAY.plusDays(43));
        assertThat(today.comparedWith()).isEqualTo(MONDAY.plusDays(15));
        assertThat(row.line().outcome().progressPercent()).contains(60);
        assertThat(row.trend(Figure.OUTCOME_PROGRESS)).isEqualTo(Trend.BETTER);
        assertThat(row.trend(Figure.DECISION_LATENCY)).isEqualTo(Trend.SAME);
        assertThat(row.line().outcome().readings()).extracting(ScorecardLine.Reading::value)
                .containsExactly(new BigDecimal("22"), new BigDecimal("26"));
        assertThat(today.oldestComputedAt()).contains(world.clock.now());
    }

    @Test
    void mostlyDoneIsRaisedOnTheThirdWeeklySnapshotAtEightyPercentNotBefore() {
        create();
        move(Stage.DELIVERING);
        java.time.Instant dayOne = world.clock.now().plus(Duration.ofDays(1));
        for (int i = 1; i <= 10; i++) {
            world.delivery.issue("GROW-1" + i, "Story", "Growth", i <= 8 ? StatusCategory.DONE : StatusCategory.IN_PROGRESS,
                    null, dayOne).edge("GROW-1", "GROW-1" + i, TraceVia.LINK);
        }
        world.clock.advanceDays(15);
        world.app.scorecard().snapshot();
        ScorecardLine twoWeeks = lineOf(card(null)).orElseThrow();
        assertThat(twoWeeks.delivery().percentDone()).contains(80);
        assertThat(twoWeeks.raises(Signal.MOSTLY_DONE)).as("two snapshots at 80 %").isFalse();

        world.clock.advanceDays(7);
        world.app.scorecard().snapshot();
        ScorecardLine threeWeeks = lineOf(card(null)).orElseThrow();
        assertThat(threeWeeks.raises(Signal.MOSTLY_DONE)).as("three snapshots at 80 %").isTrue();
        assertThat(world.scorecard.all(GROW_1)).extracting(ScorecardLine::day)
                .as("week starts kept, other days replaced")
                .containsExactly(MONDAY, MONDAY.plusWeeks(1), MONDAY.plusWeeks(2), MONDAY.plusWeeks(3),
                        MONDAY.plusDays(22));
        assertThat(world.scorecard.all(GROW_1).get(0).delivery().percentDone())
                .as("written when it was created, before it had a trace").isEmpty();
    }

    @Test
    void anInitiativeWithoutALineGetsOneWhenTheScorecardIsRead() {
        // Stored without the app's services (as an issue created before the app listened): no line yet.
        world.initiatives.save(initiative("GROW-1").team("Growth").stage(Stage.BET).build());
        assertThat(world.scorecard.all(GROW_1)).isEmpty();

        assertThat(lineOf(card(null))).isPresent();
        assertThat(world.scorecard.all(GROW_1)).hasSize(1);
    }

    @Test
    void aWriteRefreshesTheLineAndTheScorecardReadsStoredLinesTwiceWhateverItsSize() {
        create();
        for (int i = 2; i <= 30; i++) {
            world.app.initiatives().save(admin, initiative("GROW-" + i).team("Growth").stage(Stage.BET).build());
        }
        card(null);
        int reads = world.scorecard.reads();
        world.clock.advanceDays(1);
        move(Stage.COMMITTED);
        assertThat(world.scorecard.all(GROW_1)).extracting(ScorecardLine::stage).as("the move wrote the day's line")
                .containsExactly(Stage.BET, Stage.COMMITTED);

        Scorecard card = card(null);
        assertThat(world.scorecard.reads() - reads).as("the lines of the day and of four weeks before").isEqualTo(2);
        assertThat(card.rows()).hasSize(30);
        assertThat(lineOf(card).orElseThrow().stage()).isEqualTo(Stage.COMMITTED);
    }

    @Test
    void dependenciesCountWithTheirWorstHealthAndTheTeamRowSumsThem() {
        create();
        move(Stage.COMMITTED);
        world.clock.advanceDays(1);
        Dependency late = world.app.dependencies().request(admin, GROW_1,
                new DependencyForm("Identity", null, "SSO for trial accounts", MONDAY.plusDays(30).toString()));
        world.clock.advanceDays(6);
        world.app.dependencies().commit(admin, late.id(), MONDAY.plusDays(40).toString());

        ScorecardLine line = lineOf(card(null)).orElseThrow();
        assertThat(line.coordination().dependencies()).isEqualTo(1);
        assertThat(line.coordination().openDependencies()).isEqualTo(1);
        assertThat(line.coordination().lateDiscovered()).as("requested after the commitment").isEqualTo(1);
        assertThat(line.coordination().worstHealth()).as("committed after it is needed").contains(Health.AT_RISK);
        assertThat(line.coordination().ackMedianDays()).contains(new BigDecimal("6.00"));
        assertThat(line.coordination().withoutContract()).isEqualTo(1);

        TeamSummary growth = card(null).teamRows().get(0);
        assertThat(growth.team()).isEqualTo(Team.of("Growth"));
        assertThat(growth.lateDiscoveryRate()).contains(new BigDecimal("1.0000"));
        assertThat(growth.decisionMedianDays()).contains(0L);
    }

    @Test
    void filtersKeepOnlyTheRowsAskedForAndAStrangerSeesNone() {
        create();
        world.app.initiatives().save(admin, initiative("GROW-2").team("Growth").stage(Stage.DELIVERING).owner("pm.other")
                .build());
        ScorecardService scorecard = world.app.scorecard();

        assertThat(scorecard.scorecard(admin, ScorecardQuery.parse(null, null, List.of("delivering"), null, null,
                null, null, null)).rows()).extracting(row -> row.line().initiative().value()).containsExactly("GROW-2");
        assertThat(scorecard.scorecard(admin, ScorecardQuery.parse(null, null, null, "pm.growth", null, null, null,
                null)).rows()).extracting(row -> row.line().initiative().value()).containsExactly("GROW-1");
        assertThat(scorecard.scorecard(admin, ScorecardQuery.parse(null, null, null, null, null, null, "key", "desc"))
                .rows()).extracting(row -> row.line().initiative().value()).containsExactly("GROW-2", "GROW-1");
        assertThat(scorecard.scorecard(UserRef.of("stranger"), ScorecardQuery.ALL).rows()).isEmpty();
    }

    @Test
    void aDayAfterTodayIsRefusedOnItsField() {
        assertThatThrownBy(() -> card(MONDAY.plusDays(1).toString()))
                .isInstanceOfSatisfying(ThroughlineException.InvalidInput.class, e ->
                        assertThat(e.errors()).extracting(error -> error.field()).containsExactly("asOf"));
    }

    @Test
    void theTeamRowTakesTheMedianAndNinetiethPercentileOfDecisionDays() {
        assertThat(ScorecardService.rank(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 90)).contains(9L);
        assertThat(ScorecardService.rank(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 50)).contains(5L);
        assertThat(ScorecardService.rank(List.of(4L), 90)).contains(4L);
        assertThat(ScorecardService.rank(List.of(), 50)).isEmpty();
    }
}
