package io.throughline.core.stageview;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.Throughline;
import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.gate.Verdict;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.scorecard.ScorecardQuery;
import io.throughline.core.testing.TestWorld;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The portfolio by stage: sections in lifecycle order, the gates ahead judged for the page shown only, health as the panel's. */
class StagePortfolioServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private final TestWorld world = new TestWorld(TODAY, Team.of("Growth"), Team.of("Identity"), Team.of("Data"));
    private final UserRef lead = world.admin("ops.lead");

    private void save(String key, String team, Stage stage) {
        world.app.initiatives().save(lead, initiative(key).team(team).stage(stage).summary("Summary of " + key).build());
    }

    private static ScorecardQuery query(String team, String stage, String health, String sort, String order) {
        return ScorecardQuery.parse(null, team == null ? null : List.of(team), stage == null ? null : List.of(stage),
                null, health, null, sort, order);
    }

    private StagePortfolio page(ScorecardQuery query, int page) {
        return world.app.stagePortfolio().page(lead, query, page);
    }

    private static List<String> keys(StagePortfolio portfolio) {
        return portfolio.rows().stream().map(row -> row.row().line().initiative().value()).toList();
    }

    private Dependency request(String consumer, String provider) {
        return world.app.dependencies().request(lead, InitiativeKey.parse(consumer),
                new DependencyForm(provider, null, "Needed from " + provider, TODAY.plusDays(30).toString()));
    }

    @Test
    void sectionsFollowTheLifecycleEachWithItsCountAndTheGatesAheadOfIt() {
        save("GROW-3", "Growth", Stage.SHIPPED);
        save("GROW-1", "Growth", Stage.BET);
        save("IDN-1", "Identity", Stage.DELIVERING);
        save("DATA-1", "Data", Stage.BET);
        save("IDN-2", "Identity", Stage.VALIDATED);

        StagePortfolio portfolio = page(ScorecardQuery.ALL, 1);

        assertThat(portfolio.sections()).extracting(StageSection::stage)
                .containsExactly(Stage.BET, Stage.DELIVERING, Stage.SHIPPED, Stage.VALIDATED);
        assertThat(portfolio.sections()).extracting(StageSection::count).containsExactly(2, 1, 1, 1);
        assertThat(portfolio.sections()).extracting(StageSection::gatesAhead).containsExactly(
                List.of("commit"), List.of(), List.of("outcome", "invalidation"), List.of());
        assertThat(keys(portfolio)).containsExactly("DATA-1", "GROW-1", "IDN-1", "GROW-3", "IDN-2");
        assertThat(portfolio.total()).isEqualTo(5);
        assertThat(portfolio.gatesJudged()).isTrue();
    }

    @Test
    void eachRowOnThePageHasTheGatesAheadOfItsStageJudgedNow() {
        save("GROW-1", "Growth", Stage.BET);
        save("GROW-3", "Growth", Stage.SHIPPED);
        save("IDN-1", "Identity", Stage.DELIVERING);

        StagePortfolio portfolio = page(ScorecardQuery.ALL, 1);

        StageRow bet = row(portfolio, "GROW-1");
        assertThat(bet.gates()).singleElement().satisfies(judged -> {
            assertThat(judged.report().gate()).isEqualTo("commit");
            assertThat(judged.onDefaults()).isTrue();
            // No horizon and no evidence: those checks fail, the owner and the metric pass.
            assertThat(judged.report().verdict()).isInstanceOf(Verdict.Blocked.class);
            assertThat(judged.report().results().stream().filter(result -> !result.satisfied()).count()).isEqualTo(2);
        });
        assertThat(row(portfolio, "GROW-3").gates()).extracting(judged -> judged.report().gate())
                .containsExactly("outcome", "invalidation");
        assertThat(row(portfolio, "IDN-1").gates()).isEmpty();
    }

    @Test
    void healthIsTheWorstOfTheDependenciesAndDoneOnceEveryOneWasDelivered() {
        save("GROW-1", "Growth", Stage.DELIVERING);
        save("GROW-2", "Growth", Stage.DELIVERING);
        save("GROW-3", "Growth", Stage.DELIVERING);
        Dependency delivered = request("GROW-1", "Identity");
        world.app.dependencies().commit(lead, delivered.id(), TODAY.plusDays(20).toString());
        world.app.dependencies().deliver(lead, delivered.id());
        Dependency declined = request("GROW-2", "Data");
        world.app.dependencies().decline(lead, declined.id(), "Not this quarter");

        StagePortfolio portfolio = page(ScorecardQuery.ALL, 1);

        assertThat(row(portfolio, "GROW-1").health()).contains(Health.DONE);
        assertThat(row(portfolio, "GROW-2").health()).contains(Health.BLOCKED);
        assertThat(row(portfolio, "GROW-3").health()).isEmpty();
        assertThat(keys(page(query(null, null, "done", null, null), 1))).containsExactly("GROW-1");
        assertThat(keys(page(query(null, null, "blocked", null, null), 1))).containsExactly("GROW-2");
        assertThat(keys(page(query(null, null, null, "health", "desc"), 1))).containsExactly("GROW-2", "GROW-1", "GROW-3");
        assertThat(keys(page(query(null, null, null, "health", "asc"), 1))).containsExactly("GROW-1", "GROW-2", "GROW-3");
    }

    @Test
    void filtersAndTheOrderAskedApplyWithinEachStage() {
        save("GROW-1", "Growth", Stage.BET);
        save("GROW-2", "Growth", Stage.BET);
        save("GROW-3", "Growth", Stage.SHIPPED);
        save("IDN-1", "Identity", Stage.BET);

        assertThat(keys(page(query(null, null, null, "key", "desc"), 1)))
                .containsExactly("IDN-1", "GROW-2", "GROW-1", "GROW-3");
        assertThat(keys(page(query("Growth", null, null, null, null), 1))).containsExactly("GROW-1", "GROW-2", "GROW-3");
        StagePortfolio shipped = page(query(null, "shipped", null, null, null), 1);
        assertThat(shipped.sections()).singleElement().extracting(StageSection::stage).isEqualTo(Stage.SHIPPED);
        assertThatThrownBy(() -> page(query("Nowhere", null, null, null, null), 1))
                .isInstanceOf(ThroughlineException.InvalidInput.class);
    }

    @Test
    void aPageHoldsFiftyRowsAndASectionCountsItsRowsOnEveryPage() {
        for (int i = 1; i <= 70; i++) {
            save("GROW-" + i, "Growth", Stage.BET);
        }
        for (int i = 1; i <= 50; i++) {
            save("IDN-" + i, "Identity", Stage.SHIPPED);
        }

        StagePortfolio first = page(ScorecardQuery.ALL, 1);
        StagePortfolio second = page(ScorecardQuery.ALL, 2);
        StagePortfolio beyond = page(ScorecardQuery.ALL, 9);

        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.rows()).hasSize(50);
        assertThat(first.sections()).singleElement().satisfies(bets -> {
            assertThat(bets.stage()).isEqualTo(Stage.BET);
            assertThat(bets.count()).isEqualTo(70);
        });
        assertThat(second.sections()).extracting(StageSection::stage).containsExactly(Stage.BET, Stage.SHIPPED);
        assertThat(second.sections()).extracting(section -> section.rows().size()).containsExactly(20, 30);
        assertThat(second.sections()).extracting(StageSection::count).containsExactly(70, 50);
        assertThat(List.of(second.first(), second.last())).containsExactly(51, 100);
        assertThat(beyond.page()).isEqualTo(3);
        assertThat(beyond.rows()).hasSize(20);
        assertThat(page(ScorecardQuery.ALL, 0).page()).isEqualTo(1);
    }

    @Test
    void theExportHasEveryRowWithTheGatesNamedButNotJudged() {
        for (int i = 1; i <= 60; i++) {
            save("GROW-" + i, "Growth", Stage.BET);
        }

        StagePortfolio all = world.app.stagePortfolio().all(lead, ScorecardQuery.ALL);

        assertThat(all.rows()).hasSize(60).allSatisfy(row -> assertThat(row.gates()).isEmpty());
        assertThat(all.gatesJudged()).isFalse();
        assertThat(all.sections()).singleElement().extracting(StageSection::gatesAhead).isEqualTo(List.of("commit"));
    }

    @Test
    void theReadsOfAPageDoNotGrowWithThePortfolioBeyondThePage() {
        Map<String, Integer> small = readsOfFirstPage(60);
        Map<String, Integer> large = readsOfFirstPage(150);

        assertThat(large).isEqualTo(small);
        // The commit gate reads each bet's ledger and dependencies: once per row on the page, no more.
        assertThat(large).containsEntry("evidence.entriesFor", StagePortfolioService.PAGE_SIZE)
                .containsEntry("initiatives.find", StagePortfolioService.PAGE_SIZE)
                .containsEntry("initiatives.findAll", 1);
    }

    @Test
    void theExportReadsNoInitiativesOwnRecord() {
        CountingPorts counting = portfolioOf(80);
        Throughline app = new Throughline(counting.ports, PolicyParameters.defaults());
        app.stagePortfolio().page(lead, ScorecardQuery.ALL, 1);
        counting.reset();

        StagePortfolio all = app.stagePortfolio().all(lead, ScorecardQuery.ALL);

        assertThat(all.rows()).hasSize(80);
        assertThat(counting.calls("evidence.entriesFor")).isZero();
        assertThat(counting.calls("dependencies.findByConsumer")).isZero();
        assertThat(counting.calls("initiatives.find")).isZero();
    }

    /** Every port call of the first page of a portfolio of {@code size} bets, once their lines are stored. */
    private Map<String, Integer> readsOfFirstPage(int size) {
        CountingPorts counting = portfolioOf(size);
        Throughline app = new Throughline(counting.ports, PolicyParameters.defaults());
        // The first read stores the lines that are missing; a page view after it reads stored lines only.
        app.stagePortfolio().page(lead, ScorecardQuery.ALL, 1);
        counting.reset();

        StagePortfolio first = app.stagePortfolio().page(lead, ScorecardQuery.ALL, 1);

        assertThat(first.total()).isEqualTo(size);
        assertThat(first.rows()).hasSize(StagePortfolioService.PAGE_SIZE)
                .allSatisfy(row -> assertThat(row.gates()).hasSize(1));
        Map<String, Integer> calls = new java.util.TreeMap<>(counting.all());
        calls.keySet().removeIf(call -> call.startsWith("clock."));
        return calls;
    }

    private CountingPorts portfolioOf(int size) {
        TestWorld fresh = new TestWorld(TODAY, Team.of("Growth"));
        fresh.admin("ops.lead");
        for (int i = 1; i <= size; i++) {
            fresh.initiatives.save(initiative("GROW-" + i).team("Growth").build());
        }
        return new CountingPorts(fresh.ports);
    }

    private static StageRow row(StagePortfolio portfolio, String key) {
        return portfolio.rows().stream().filter(row -> row.row().line().initiative().value().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " is not on the page"));
    }
}
