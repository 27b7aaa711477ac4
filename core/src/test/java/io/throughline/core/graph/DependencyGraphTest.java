package io.throughline.core.graph;

import static io.throughline.core.graph.HealthReason.Code.COMMITTED_AFTER_NEEDED_BY;
import static io.throughline.core.graph.HealthReason.Code.DECLINED;
import static io.throughline.core.graph.HealthReason.Code.OVERDUE;
import static io.throughline.core.graph.HealthReason.Code.UNACKNOWLEDGED;
import static io.throughline.core.testing.DependencyBuilder.dependency;
import static io.throughline.core.testing.InitiativeNodeBuilder.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.DependencyBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DependencyGraphTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final HealthRules RULES = new HealthRules(TODAY, ZoneOffset.UTC, 5);
    private static final UserRef LEAD = UserRef.of("lead.identity");
    private static final List<InitiativeNode> GROWTH = List.of(node("GROW-1").build());

    /** Requested yesterday and needed in a month: nothing to worry about unless a test says so. */
    private static DependencyBuilder fresh(long id) {
        return dependency(id).requestedOn(TODAY.minusDays(1)).neededBy(TODAY.plusDays(30));
    }

    private static DependencyAnalysis analyse(List<InitiativeNode> nodes, List<Dependency> dependencies) {
        return DependencyGraph.analyse(nodes, dependencies, RULES);
    }

    private static DependencyStatus judge(Dependency dependency) {
        return judge(dependency, RULES);
    }

    private static DependencyStatus judge(Dependency dependency, HealthRules rules) {
        return DependencyGraph.analyse(GROWTH, List.of(dependency), rules).status(dependency.id());
    }

    private static HealthReason reason(HealthReason.Code code, long days) {
        return HealthReason.of(code, days);
    }

    private static HealthReason blockedBy(String provider) {
        return HealthReason.providerBlocked(InitiativeKey.parse(provider));
    }

    // --- overdue -------------------------------------------------------------------------------

    static Stream<Arguments> neededByAgainstToday() {
        return Stream.of(
                Arguments.of(1, Health.ON_TRACK, List.of()),
                Arguments.of(0, Health.ON_TRACK, List.of()),
                Arguments.of(-1, Health.BLOCKED, List.of(reason(OVERDUE, 1))),
                Arguments.of(-10, Health.BLOCKED, List.of(reason(OVERDUE, 10))));
    }

    @ParameterizedTest(name = "needed-by today{0} -> {1}")
    @MethodSource("neededByAgainstToday")
    void committedDependencyIsOverdueOnlyOnceTheNeededByDayHasPassed(
            int neededByOffset, Health health, List<HealthReason> reasons) {
        LocalDate neededBy = TODAY.plusDays(neededByOffset);
        Dependency committed = dependency(1).requestedOn(TODAY.minusDays(20)).neededBy(neededBy).committed(neededBy);

        DependencyStatus status = judge(committed);

        assertThat(status.health()).isEqualTo(health);
        assertThat(status.reasons()).isEqualTo(reasons);
    }

    @Test
    void requestedDependencyPastItsNeededByDayIsOverdueToo() {
        Dependency requested = fresh(1).neededBy(TODAY.minusDays(1)).requested();

        assertThat(judge(requested).reasons()).containsExactly(reason(OVERDUE, 1));
    }

    // --- acknowledgement SLA -------------------------------------------------------------------

    static Stream<Arguments> requestsAgainstTheSla() {
        ZoneId utc = ZoneOffset.UTC;
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        return Stream.of(
                Arguments.of("2026-03-10T09:00:00Z", utc, Health.ON_TRACK, 0),
                Arguments.of("2026-03-05T09:00:00Z", utc, Health.ON_TRACK, 0),
                Arguments.of("2026-03-05T00:00:00Z", utc, Health.ON_TRACK, 0),
                Arguments.of("2026-03-04T23:59:59Z", utc, Health.AT_RISK, 6),
                Arguments.of("2026-03-04T09:00:00Z", utc, Health.AT_RISK, 6),
                Arguments.of("2026-02-28T09:00:00Z", utc, Health.AT_RISK, 10),
                // 23:30 UTC is already the next morning in Tokyo: one day less of waiting.
                Arguments.of("2026-03-04T23:30:00Z", tokyo, Health.ON_TRACK, 0),
                Arguments.of("2026-03-03T23:30:00Z", tokyo, Health.AT_RISK, 6),
                // 03:00 UTC is still the previous evening in Los Angeles: one day more.
                Arguments.of("2026-03-05T03:00:00Z", losAngeles, Health.AT_RISK, 6),
                Arguments.of("2026-03-05T09:00:00Z", losAngeles, Health.ON_TRACK, 0));
    }

    @ParameterizedTest(name = "requested {0} in {1} -> {2} {3}")
    @MethodSource("requestsAgainstTheSla")
    void unansweredRequestIsAtRiskOnlyAfterMoreThanTheSlaInWholeDaysOfTheZone(
            String requestedAt, ZoneId zone, Health health, long days) {
        Dependency requested = fresh(1).requestedAt(Instant.parse(requestedAt)).requested();

        DependencyStatus status = judge(requested, new HealthRules(TODAY, zone, 5));

        assertThat(status.health()).isEqualTo(health);
        assertThat(status.reasons()).isEqualTo(
                health == Health.AT_RISK ? List.of(reason(UNACKNOWLEDGED, days)) : List.of());
    }

    @Test
    void zeroDaySlaTurnsAYesterdaysRequestAtRiskButNotTodays() {
        HealthRules strict = new HealthRules(TODAY, ZoneOffset.UTC, 0);

        assertThat(judge(fresh(1).requestedOn(TODAY).requested(), strict).health()).isEqualTo(Health.ON_TRACK);
        assertThat(judge(fresh(1).requestedOn(TODAY.minusDays(1)).requested(), strict).reasons())
                .containsExactly(reason(UNACKNOWLEDGED, 1));
    }

    @Test
    void answeredRequestIsNeverUnacknowledgedHoweverOldItIs() {
        DependencyBuilder old = fresh(1).requestedOn(TODAY.minusDays(60));

        assertThat(judge(old.committed(TODAY.plusDays(30))).health()).isEqualTo(Health.ON_TRACK);
        assertThat(judge(old.declined("No capacity")).reasons()).containsExactly(reason(DECLINED, 0));
    }

    @Test
    void negativeSlaIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new HealthRules(TODAY, ZoneOffset.UTC, -1));
    }

    // --- commitment later than needed ----------------------------------------------------------

    static Stream<Arguments> commitmentsAgainstNeededBy() {
        return Stream.of(
                Arguments.of(-2, Health.ON_TRACK, List.of()),
                Arguments.of(0, Health.ON_TRACK, List.of()),
                Arguments.of(1, Health.AT_RISK, List.of(reason(COMMITTED_AFTER_NEEDED_BY, 1))),
                Arguments.of(3, Health.AT_RISK, List.of(reason(COMMITTED_AFTER_NEEDED_BY, 3))));
    }

    @ParameterizedTest(name = "committed needed-by{0} -> {1}")
    @MethodSource("commitmentsAgainstNeededBy")
    void commitmentLaterThanNeededByIsAtRiskBySlipDays(int slip, Health health, List<HealthReason> reasons) {
        LocalDate neededBy = TODAY.plusDays(10);
        Dependency committed = fresh(1).neededBy(neededBy).committed(neededBy.plusDays(slip));

        DependencyStatus status = judge(committed);

        assertThat(status.health()).isEqualTo(health);
        assertThat(status.reasons()).isEqualTo(reasons);
        assertThat(status.latency().slipDays()).contains((long) slip);
    }

    // --- declined and precedence ---------------------------------------------------------------

    @Test
    void declinedDependencyIsBlocked() {
        DependencyStatus status = judge(fresh(1).declined("Not this quarter"));

        assertThat(status.health()).isEqualTo(Health.BLOCKED);
        assertThat(status.reasons()).containsExactly(reason(DECLINED, 0));
    }

    @Test
    void overdueOutranksUnacknowledgedAndOnlyBlockedReasonsAreGiven() {
        Dependency ignored = dependency(1).requestedOn(TODAY.minusDays(10)).neededBy(TODAY.minusDays(2)).requested();

        DependencyStatus status = judge(ignored);

        assertThat(status.health()).isEqualTo(Health.BLOCKED);
        assertThat(status.reasons()).containsExactly(reason(OVERDUE, 2));
    }

    @Test
    void overdueOutranksALateCommitment() {
        Dependency late = fresh(1).requestedOn(TODAY.minusDays(20)).neededBy(TODAY.minusDays(2))
                .committed(TODAY.plusDays(1));

        DependencyStatus status = judge(late);

        assertThat(status.health()).isEqualTo(Health.BLOCKED);
        assertThat(status.reasons()).containsExactly(reason(OVERDUE, 2));
        assertThat(status.latency().slipDays()).contains(3L);
    }

    @Test
    void declinedAndOverdueGivesBothBlockedReasons() {
        Dependency declined = fresh(1).requestedOn(TODAY.minusDays(20)).neededBy(TODAY.minusDays(4)).declined("No");

        assertThat(judge(declined).reasons()).containsExactlyInAnyOrder(reason(DECLINED, 0), reason(OVERDUE, 4));
    }

    @Test
    void oldRequestCommittedLateIsAtRiskForTheSlipAloneNotForItsAge() {
        Dependency committedLate = fresh(1).requestedOn(TODAY.minusDays(20)).neededBy(TODAY.plusDays(5))
                .committed(TODAY.plusDays(9));

        assertThat(judge(committedLate).reasons()).containsExactly(reason(COMMITTED_AFTER_NEEDED_BY, 4));
    }

    // --- delivered ----------------------------------------------------------------------------

    @Test
    void deliveredDependencyIsDoneEvenWhenItsNeededByDayHasLongPassed() {
        Dependency delivered = dependency(1).requestedOn(TODAY.minusDays(60)).neededBy(TODAY.minusDays(30)).delivered();

        DependencyStatus status = judge(delivered);

        assertThat(status.health()).isEqualTo(Health.DONE);
        assertThat(status.reasons()).isEmpty();
    }

    // --- transitive blocking ------------------------------------------------------------------

    private static final List<InitiativeNode> CHAIN = List.of(
            node("A-1").team("Alpha").build(),
            node("B-1").team("Beta").build(),
            node("C-1").team("Gamma").build());

    private static List<Dependency> chainBlockedAtTheEnd() {
        return List.of(
                fresh(1).from("A-1").on("Beta").onIssue("B-1").requested(),
                fresh(2).from("B-1").on("Gamma").onIssue("C-1").committed(TODAY.plusDays(30)),
                fresh(3).from("C-1").on("Delta").declined("Delta is frozen"));
    }

    @ParameterizedTest(name = "reversed input: {0}")
    @ValueSource(booleans = {false, true})
    void blockingSpreadsUpAChainOfProviderInitiativesNamingTheNearestBlockedProvider(boolean reversed) {
        List<Dependency> dependencies = new ArrayList<>(chainBlockedAtTheEnd());
        if (reversed) {
            Collections.reverse(dependencies);
        }

        DependencyAnalysis analysis = analyse(CHAIN, dependencies);

        assertThat(analysis.status(new DependencyId(3)).reasons()).containsExactly(reason(DECLINED, 0));
        assertThat(analysis.status(new DependencyId(2)).reasons()).containsExactly(blockedBy("C-1"));
        assertThat(analysis.status(new DependencyId(1)).reasons()).containsExactly(blockedBy("B-1"));
        assertThat(analysis.all()).extracting(DependencyStatus::health).containsOnly(Health.BLOCKED);
        for (InitiativeNode node : CHAIN) {
            assertThat(analysis.rollUp(node.key())).contains(Health.BLOCKED);
        }
    }

    @Test
    void aProviderKnownToBeBlockedOutsideThePartJudgedBlocksWhatWaitsOnItAndOnward() {
        // C-1's own dependency is not given: the store says C-1 is blocked.
        List<Dependency> part = chainBlockedAtTheEnd().subList(0, 2);

        DependencyAnalysis analysis = DependencyGraph.analyse(CHAIN, part, RULES,
                java.util.Set.of(InitiativeKey.parse("C-1")));

        assertThat(analysis.status(new DependencyId(2)).reasons()).containsExactly(blockedBy("C-1"));
        assertThat(analysis.status(new DependencyId(1)).reasons()).containsExactly(blockedBy("B-1"));
        assertThat(analysis.statuses()).hasSize(2);
        assertThat(DependencyGraph.analyse(CHAIN, part, RULES, java.util.Set.of()).all())
                .extracting(DependencyStatus::health).containsOnly(Health.ON_TRACK);
    }

    @Test
    void aBlockedProviderNobodyWaitsOnChangesNothing() {
        List<Dependency> dependencies = chainBlockedAtTheEnd().subList(0, 2);

        assertThat(DependencyGraph.analyse(CHAIN, dependencies, RULES, java.util.Set.of(InitiativeKey.parse("Z-9"))))
                .isEqualTo(analyse(CHAIN, dependencies));
    }

    @Test
    void providerBlockedOutranksTheConsumersOwnAtRiskReason() {
        List<Dependency> dependencies = List.of(
                fresh(1).from("A-1").on("Beta").onIssue("B-1").requestedOn(TODAY.minusDays(9)).requested(),
                fresh(2).from("B-1").on("Gamma").declined("No"));

        DependencyStatus status = analyse(CHAIN, dependencies).status(new DependencyId(1));

        assertThat(status.health()).isEqualTo(Health.BLOCKED);
        assertThat(status.reasons()).containsExactly(blockedBy("B-1"));
    }

    @Test
    void dependencyBlockedInItsOwnRightAlsoNamesItsBlockedProvider() {
        List<Dependency> dependencies = List.of(
                fresh(1).from("A-1").on("Beta").onIssue("B-1").neededBy(TODAY.minusDays(3)).requested(),
                fresh(2).from("B-1").on("Gamma").declined("No"));

        assertThat(analyse(CHAIN, dependencies).status(new DependencyId(1)).reasons())
                .containsExactlyInAnyOrder(reason(OVERDUE, 3), blockedBy("B-1"));
    }

    @Test
    void providerWithSeveralBlockedDependenciesIsNamedOnce() {
        List<Dependency> dependencies = List.of(
                fresh(1).from("A-1").on("Beta").onIssue("B-1").requested(),
                fresh(2).from("B-1").on("Gamma").declined("No"),
                fresh(3).from("B-1").on("Delta").neededBy(TODAY.minusDays(1)).requested());

        assertThat(analyse(CHAIN, dependencies).status(new DependencyId(1)).reasons())
                .containsExactly(blockedBy("B-1"));
    }

    @Test
    void everyConsumerOfABlockedProviderIsBlocked() {
        List<Dependency> dependencies = List.of(
                fresh(1).from("A-1").on("Gamma").onIssue("C-1").requested(),
                fresh(2).from("B-1").on("Gamma").onIssue("C-1").committed(TODAY.plusDays(3)),
                fresh(3).from("C-1").on("Delta").declined("No"));

        DependencyAnalysis analysis = analyse(CHAIN, dependencies);

        assertThat(analysis.status(new DependencyId(1)).reasons()).containsExactly(blockedBy("C-1"));
        assertThat(analysis.status(new DependencyId(2)).reasons()).containsExactly(blockedBy("C-1"));
    }

    @Test
    void atRiskProviderDoesNotPutItsConsumersAtRisk() {
        List<Dependency> dependencies = List.of(
                fresh(1).from("A-1").on("Beta").onIssue("B-1").requested(),
                fresh(2).from("B-1").on("Gamma").requestedOn(TODAY.minusDays(9)).requested());

        DependencyAnalysis analysis = analyse(CHAIN, dependencies);

        assertThat(analysis.status(new DependencyId(2)).health()).isEqualTo(Health.AT_RISK);
        assertThat(analysis.status(new DependencyId(1)).health()).isEqualTo(Health.ON_TRACK);
    }

    @Test
    void providerIssueOutsideTheGivenInitiativesBlocksNothing() {
        Dependency onUnknown = fresh(1).onIssue("OTHER-9").requested();

        assertThat(judge(onUnknown).health()).isEqualTo(Health.ON_TRACK);
    }

    @Test
    @Timeout(5)
    void cycleOfProviderInitiativesWithOneBlockedTerminatesAndBlocksBoth() {
        List<Dependency> dependencies = List.of(
                fresh(1).from("A-1").on("Beta").onIssue("B-1").requested(),
                fresh(2).from("B-1").on("Alpha").onIssue("A-1").requested(),
                fresh(3).from("B-1").on("Gamma").declined("No"));

        DependencyAnalysis analysis = analyse(CHAIN, dependencies);

        assertThat(analysis.status(new DependencyId(1)).reasons()).containsExactly(blockedBy("B-1"));
        assertThat(analysis.status(new DependencyId(2)).reasons()).containsExactly(blockedBy("A-1"));
        assertThat(analysis.status(new DependencyId(3)).reasons()).containsExactly(reason(DECLINED, 0));
        assertThat(analysis.rollUp(InitiativeKey.parse("A-1"))).contains(Health.BLOCKED);
        assertThat(analysis.rollUp(InitiativeKey.parse("B-1"))).contains(Health.BLOCKED);
    }

    @Test
    @Timeout(5)
    void cycleOfProviderInitiativesWithNothingBlockedStaysOnTrack() {
        List<Dependency> dependencies = List.of(
                fresh(1).from("A-1").on("Beta").onIssue("B-1").requested(),
                fresh(2).from("B-1").on("Alpha").onIssue("A-1").requested());

        assertThat(analyse(CHAIN, dependencies).all()).extracting(DependencyStatus::health)
                .containsOnly(Health.ON_TRACK);
    }

    @Test
    void deliveredDependencyOnABlockedProviderStaysDoneAndPassesNoBlockOn() {
        List<InitiativeNode> nodes = List.of(
                node("A-1").team("Alpha").build(), node("B-1").team("Beta").build(), node("Z-1").team("Zeta").build());
        List<Dependency> dependencies = List.of(
                fresh(1).from("A-1").on("Beta").onIssue("B-1").delivered(),
                fresh(2).from("B-1").on("Gamma").declined("No"),
                fresh(3).from("Z-1").on("Alpha").onIssue("A-1").requested());

        DependencyAnalysis analysis = analyse(nodes, dependencies);

        assertThat(analysis.status(new DependencyId(1)).health()).isEqualTo(Health.DONE);
        assertThat(analysis.status(new DependencyId(1)).reasons()).isEmpty();
        assertThat(analysis.rollUp(InitiativeKey.parse("A-1"))).contains(Health.DONE);
        assertThat(analysis.status(new DependencyId(3)).health()).isEqualTo(Health.ON_TRACK);
    }

    // --- roll-ups ------------------------------------------------------------------------------

    @Test
    void rollUpIsTheWorstOfTheInitiativesOwnDependencies() {
        List<InitiativeNode> nodes = List.of(
                node("GROW-1").build(), node("GROW-2").build(), node("GROW-3").build(), node("GROW-4").build());
        List<Dependency> dependencies = List.of(
                fresh(1).from("GROW-1").requested(),
                fresh(2).from("GROW-1").requestedOn(TODAY.minusDays(8)).requested(),
                fresh(3).from("GROW-1").delivered(),
                fresh(4).from("GROW-2").delivered(),
                fresh(5).from("GROW-4").requested(),
                fresh(6).from("GROW-4").declined("No"),
                fresh(7).from("GROW-4").delivered());

        DependencyAnalysis analysis = analyse(nodes, dependencies);

        assertThat(analysis.rollUp(InitiativeKey.parse("GROW-1"))).contains(Health.AT_RISK);
        assertThat(analysis.rollUp(InitiativeKey.parse("GROW-2"))).contains(Health.DONE);
        assertThat(analysis.rollUp(InitiativeKey.parse("GROW-3"))).isEmpty();
        assertThat(analysis.rollUp(InitiativeKey.parse("GROW-4"))).contains(Health.BLOCKED);
        assertThat(analysis.rollUps()).containsOnlyKeys(
                InitiativeKey.parse("GROW-1"), InitiativeKey.parse("GROW-2"), InitiativeKey.parse("GROW-4"));
    }

    @Test
    void analysisKeepsTheGivenOrderAndTheTeamsOnBothEnds() {
        List<InitiativeNode> nodes = List.of(node("GROW-1").team("Growth").build());
        List<Dependency> dependencies = List.of(
                fresh(3).on("Identity").requested(), fresh(1).on("Billing").requested(), fresh(2).on("Search").requested());

        DependencyAnalysis analysis = analyse(nodes, dependencies);

        assertThat(analysis.all()).extracting(s -> s.dependency().id().value()).containsExactly(3L, 1L, 2L);
        assertThat(analysis.all()).extracting(DependencyStatus::consumerTeam).containsOnly(Team.of("Growth"));
        assertThat(analysis.all()).extracting(DependencyStatus::providerTeam)
                .containsExactly(Team.of("Identity"), Team.of("Billing"), Team.of("Search"));
    }

    @Test
    void askingForADependencyThatWasNotAnalysedIsRejected() {
        DependencyAnalysis analysis = analyse(GROWTH, List.of(fresh(1).requested()));

        assertThatIllegalArgumentException().isThrownBy(() -> analysis.status(new DependencyId(2)));
    }

    @Test
    void dependencyOfAnInitiativeThatWasNotGivenIsRejected() {
        Dependency orphan = fresh(7).from("LOST-3").requested();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> analyse(GROWTH, List.of(orphan)))
                .withMessageContaining("7")
                .withMessageContaining("LOST-3");
    }

    // --- late discovery ------------------------------------------------------------------------

    static Stream<Arguments> requestsAroundTheCommitment() {
        return Stream.of(
                Arguments.of(Duration.ofSeconds(1), true),
                Arguments.of(Duration.ofDays(3), true),
                Arguments.of(Duration.ZERO, false),
                Arguments.of(Duration.ofSeconds(-1), false),
                Arguments.of(Duration.ofDays(-3), false));
    }

    @ParameterizedTest(name = "requested commitment{0} -> late {1}")
    @MethodSource("requestsAroundTheCommitment")
    void requestMadeStrictlyAfterTheConsumersFirstCommitmentIsLateDiscovered(Duration afterCommit, boolean late) {
        Instant committedAt = TODAY.minusDays(4).atTime(14, 0).toInstant(ZoneOffset.UTC);
        List<InitiativeNode> nodes = List.of(node("GROW-1").committedAt(committedAt).build());
        Dependency dependency = fresh(1).requestedAt(committedAt.plus(afterCommit)).requested();

        assertThat(analyse(nodes, List.of(dependency)).status(dependency.id()).lateDiscovered()).isEqualTo(late);
    }

    @Test
    void requestOfAnUncommittedInitiativeIsNeverLateDiscovered() {
        Dependency dependency = fresh(1).requestedOn(TODAY).requested();

        assertThat(judge(dependency).lateDiscovered()).isFalse();
    }

    // --- latencies -----------------------------------------------------------------------------

    @Test
    void deliveredDependencyMeasuresAcknowledgementDeliveryAndSlip() {
        Instant requestedAt = Instant.parse("2026-03-01T09:00:00Z");
        LocalDate neededBy = TODAY.plusDays(10);
        Dependency delivered = dependency(1).requestedAt(requestedAt).neededBy(neededBy).requested()
                .commit(LEAD, requestedAt.plus(Duration.ofHours(3)), neededBy.plusDays(2))
                .deliver(LEAD, requestedAt.plus(Duration.ofDays(4)).plus(Duration.ofHours(1)));

        Latency latency = judge(delivered).latency();

        assertThat(latency.acknowledgement()).contains(Duration.ofHours(3));
        assertThat(latency.delivery()).contains(Duration.ofHours(97));
        assertThat(latency.slipDays()).contains(2L);
    }

    @Test
    void declinedDependencyHasAnAcknowledgementButNoDeliveryOrSlip() {
        Instant requestedAt = Instant.parse("2026-03-01T09:00:00Z");
        Dependency declined = fresh(1).requestedAt(requestedAt).requested()
                .decline(LEAD, requestedAt.plus(Duration.ofHours(26)), "No");

        Latency latency = judge(declined).latency();

        assertThat(latency.acknowledgement()).contains(Duration.ofHours(26));
        assertThat(latency.delivery()).isEmpty();
        assertThat(latency.slipDays()).isEmpty();
    }

    @Test
    void unansweredDependencyHasNoLatencyYet() {
        assertThat(judge(fresh(1).requested()).latency())
                .isEqualTo(new Latency(Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
