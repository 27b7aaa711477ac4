package io.throughline.core.portfolio;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.graph.Health;
import io.throughline.core.graph.HealthReason;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.interaction.InteractionForm;
import io.throughline.core.scorecard.ScorecardLine;
import io.throughline.core.testing.TestWorld;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writes re-judge exactly the statuses they can change; the day-change job re-judges them all. */
class DependencyStatusServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");
    private static final InitiativeKey IDN_1 = InitiativeKey.parse("IDN-1");
    private static final InitiativeKey DATA_1 = InitiativeKey.parse("DATA-1");
    private static final InitiativeKey BILL_1 = InitiativeKey.parse("BILL-1");

    private final TestWorld world = TestWorld.keepingStatuses(TODAY, Team.of("Growth"), Team.of("Identity"),
            Team.of("Data"), Team.of("Billing"));
    private final UserRef lead = world.admin("ops.lead");

    @BeforeEach
    void fourInitiatives() {
        save("GROW-1", "Growth");
        save("IDN-1", "Identity");
        save("DATA-1", "Data");
        save("BILL-1", "Billing");
    }

    @Test
    void aDeclineBlocksEveryDependencyDownstreamAndLeavesTheOthersAsTheyWereComputed() {
        Dependency growNeedsIdentity = request("GROW-1", "Identity", null, "2026-03-01");
        Dependency identityWaitsOnGrowth = request("IDN-1", "Growth", "GROW-1", "2026-03-01");
        Dependency dataWaitsOnIdentity = request("DATA-1", "Identity", "IDN-1", "2026-03-01");
        Dependency unrelated = request("BILL-1", "Data", null, "2026-03-01");
        Instant before = stored(unrelated).computedAt();
        world.clock.advance(Duration.ofHours(2));

        world.app.dependencies().decline(lead, growNeedsIdentity.id(), "Identity is frozen");

        assertThat(stored(growNeedsIdentity).reasons()).containsExactly(HealthReason.of(HealthReason.Code.DECLINED, 0));
        assertThat(stored(identityWaitsOnGrowth).reasons()).containsExactly(HealthReason.providerBlocked(GROW_1));
        assertThat(stored(dataWaitsOnIdentity).reasons()).containsExactly(HealthReason.providerBlocked(IDN_1));
        assertThat(stored(dataWaitsOnIdentity).computedAt()).isEqualTo(world.clock.now());
        assertThat(stored(unrelated).computedAt()).as("outside the closure: not judged again").isEqualTo(before);
        // DATA-1 was not written to, but its scorecard line follows its statuses.
        assertThat(newestLine(DATA_1).coordination().worstHealth()).contains(Health.BLOCKED);
    }

    @Test
    void aRequestOnABlockedProviderIsBlockedWithTheProviderTakenFromTheStore() {
        Dependency identityNeedsBilling = request("IDN-1", "Billing", null, "2026-03-01");
        world.app.dependencies().decline(lead, identityNeedsBilling.id(), "Billing API frozen");
        Instant judged = stored(identityNeedsBilling).computedAt();
        world.clock.advance(Duration.ofHours(1));

        Dependency growWaits = request("GROW-1", "Identity", "IDN-1", "2026-03-01");

        assertThat(stored(growWaits).health()).isEqualTo(Health.BLOCKED);
        assertThat(stored(growWaits).reasons()).containsExactly(HealthReason.providerBlocked(IDN_1));
        assertThat(stored(identityNeedsBilling).computedAt()).as("upstream: read, not judged again").isEqualTo(judged);
    }

    @Test
    void aRefreshReadsTheStoreOnceMoreForEachLinkOfTheChainItWalks() {
        request("IDN-1", "Growth", "GROW-1", "2026-03-01");
        request("DATA-1", "Identity", "IDN-1", "2026-03-01");
        request("BILL-1", "Data", "DATA-1", "2026-03-01");
        int before = world.statuses.reads();

        Set<InitiativeKey> changed = world.app.statuses().refresh(List.of(GROW_1));

        // The day judged as of, one read per level walked (GROW-1, IDN-1, DATA-1, BILL-1: the last finds no one
        // waiting), the closure's statuses before; nothing waited on lies outside the closure.
        assertThat(world.statuses.reads() - before).isEqualTo(1 + 4 + 1);
        assertThat(changed).as("nothing about them changed").isEmpty();
    }

    @Test
    void refreshNamesTheConsumersWhoseStatusesChanged() {
        Dependency growNeedsData = request("GROW-1", "Data", null, "2026-03-01");
        request("IDN-1", "Growth", "GROW-1", "2026-03-01");
        request("BILL-1", "Data", null, "2026-03-01");
        world.dependencies.recordTransition(growNeedsData.decline(lead, world.clock.now(), "No capacity"));

        assertThat(world.app.statuses().refresh(List.of(GROW_1, BILL_1))).containsExactly(GROW_1, IDN_1);
    }

    @Test
    void evidenceReJudgesNoStatus() {
        request("GROW-1", "Identity", null, "2026-03-01");
        int replaces = world.statuses.replaces();

        world.app.evidence().record(lead, GROW_1, new EvidenceForm("RESEARCH", "Interviews", null, null,
                TODAY.toString(), null));

        assertThat(world.statuses.replaces()).isEqualTo(replaces);
    }

    @Test
    void anEditOfWhatHealthDoesNotReadReJudgesNoStatusAndATeamChangeDoes() {
        Dependency own = request("GROW-1", "Identity", null, "2026-03-01");
        int replaces = world.statuses.replaces();
        var copy = world.initiatives.find(GROW_1).orElseThrow();

        world.app.initiatives().recordHostChange(lead, new io.throughline.core.initiative.Initiative(GROW_1,
                "Renamed", copy.team(), copy.stage(), copy.owner(), copy.successMetric(), copy.evidenceHorizon()));
        assertThat(world.statuses.replaces()).isEqualTo(replaces);
        assertThat(newestLine(GROW_1).computedAt()).as("its line still follows").isEqualTo(world.clock.now());

        world.app.initiatives().recordHostChange(lead, new io.throughline.core.initiative.Initiative(GROW_1,
                "Renamed", Team.of("Data"), copy.stage(), copy.owner(), copy.successMetric(), copy.evidenceHorizon()));
        assertThat(stored(own).consumerTeam()).isEqualTo(Team.of("Data"));
    }

    @Test
    void replacingTheInteractionTableReJudgesEveryStatusWithTheNewSlas() {
        Dependency waiting = request("GROW-1", "Identity", null, "2026-03-01");
        world.clock.advanceDays(2);
        world.app.statuses().rejudgeAll();
        assertThat(stored(waiting).health()).isEqualTo(Health.ON_TRACK);

        world.app.interactions().replace(List.of(new InteractionForm.Row("Growth", "Identity", "X_AS_A_SERVICE", "1")),
                OptionalLong.of(0));

        assertThat(stored(waiting).reasons()).containsExactly(HealthReason.of(HealthReason.Code.UNACKNOWLEDGED, 2));
    }

    @Test
    void theDayChangeJobJudgesEveryStatusAsOfTodayAndDropsThoseNoLongerJudged() {
        Dependency due = request("GROW-1", "Identity", null, TODAY.plusDays(1).toString());
        Dependency gone = request("IDN-1", "Data", null, "2026-03-01");
        // Withdrawn behind the app's back: nothing refreshed it.
        world.dependencies.recordTransition(gone.withdraw(lead, world.clock.now(), "Not needed"));
        world.clock.advanceDays(2);

        world.app.statuses().rejudgeAll();

        assertThat(world.statuses.peek()).extracting(StoredStatus::id).containsExactly(due.id());
        assertThat(stored(due).judgedOn()).isEqualTo(TODAY.plusDays(2));
        assertThat(stored(due).reasons()).containsExactly(HealthReason.of(HealthReason.Code.OVERDUE, 1));
    }

    @Test
    void betweenADayChangeAndTheJobAWriteJudgesAsOfTheDayEverythingElseIsJudgedAs() {
        Dependency dueToday = request("GROW-1", "Identity", null, TODAY.toString());
        world.clock.advanceDays(1);

        Dependency next = request("IDN-1", "Data", null, world.clock.today().toString());

        assertThat(stored(next).judgedOn()).isEqualTo(TODAY);
        assertThat(stored(dueToday).health()).as("overdue from today on, once the job has run").isEqualTo(Health.ON_TRACK);

        world.app.statuses().rejudgeAll();
        assertThat(stored(dueToday).reasons()).containsExactly(HealthReason.of(HealthReason.Code.OVERDUE, 1));
    }

    @Test
    void aWriteFindingStatusesOlderThanYesterdayReJudgesThemAll() {
        Dependency dueToday = request("GROW-1", "Identity", null, TODAY.toString());
        world.clock.advanceDays(3);

        request("IDN-1", "Data", null, world.clock.today().toString());

        assertThat(stored(dueToday).judgedOn()).isEqualTo(TODAY.plusDays(3));
        assertThat(stored(dueToday).reasons()).containsExactly(HealthReason.of(HealthReason.Code.OVERDUE, 3));
    }

    @Test
    void aStageMoveReJudgesLateDiscoveryOfTheInitiativesRequests() {
        Dependency early = request("GROW-1", "Identity", null, "2026-03-01");
        world.clock.advance(Duration.ofHours(1));
        world.app.initiatives().recordStage(lead, GROW_1, Stage.COMMITTED);
        world.clock.advance(Duration.ofHours(1));

        Dependency late = request("GROW-1", "Data", null, "2026-03-01");

        assertThat(stored(early).lateDiscovered()).isFalse();
        assertThat(stored(late).lateDiscovered()).isTrue();
    }

    @Test
    void aProjectMoveRenamesTheStoredStatusesWithTheInitiative() {
        request("IDN-1", "Growth", "GROW-1", "2026-03-01");
        Dependency own = request("GROW-1", "Data", null, "2026-03-01");
        InitiativeKey moved = InitiativeKey.parse("CORE-4");

        world.app.initiatives().recordMove(GROW_1, moved);

        assertThat(stored(own).consumer()).isEqualTo(moved);
        assertThat(world.statuses.waitingOn(List.of(moved))).extracting(StoredStatus::consumer).containsExactly(IDN_1);
        assertThat(world.statuses.waitingOn(List.of(GROW_1))).isEmpty();
    }

    @Test
    void aHostWithoutStoredStatusesStoresNothingAndRefreshesNothing() {
        TestWorld plain = new TestWorld(TODAY, Team.of("Growth"), Team.of("Identity"));
        UserRef admin = plain.admin("ops.lead");
        plain.app.initiatives().save(admin, initiative("GROW-1").team("Growth").build());
        plain.app.dependencies().request(admin, GROW_1, new DependencyForm("Identity", null, "Needs SSO", "2026-03-01"));

        assertThat(plain.app.statuses().kept()).isFalse();
        assertThat(plain.app.statuses().refresh(List.of(GROW_1))).isEmpty();
        assertThat(plain.statuses.peek()).isEmpty();
        assertThat(plain.app.statuses().judgeFew(plain.dependencies.findAll())).isEmpty();
    }

    private StoredStatus stored(Dependency dependency) {
        return world.statuses.of(dependency.id()).orElseThrow(() -> new AssertionError("no status of " + dependency.id()));
    }

    private ScorecardLine newestLine(InitiativeKey key) {
        List<ScorecardLine> lines = world.scorecard.all(key);
        return lines.get(lines.size() - 1);
    }

    private void save(String key, String team) {
        world.app.initiatives().save(lead, initiative(key).team(team).summary("Work of " + team).build());
    }

    private Dependency request(String consumer, String team, String issue, String neededBy) {
        return world.app.dependencies().request(lead, InitiativeKey.parse(consumer),
                new DependencyForm(team, issue, "Needs " + team, neededBy));
    }
}
