package io.throughline.core.performance;

import static io.throughline.core.performance.Timeline.change;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every definition of the delivery figures on small timelines whose answers are worked out by hand. */
class DeliveryFiguresTest {

    private final Timeline timeline = new Timeline();

    @Test
    void anEmptyWindowHasCountsOfZeroAndNoRates() {
        timeline.deploy(-1, "web", "GROW-1");

        DeliveryPerformance figures = timeline.figures();

        assertThat(figures.deployments()).isZero();
        assertThat(figures.perWeek()).isEqualByComparingTo("0");
        assertThat(figures.changeFailRate().rate()).isNull();
        assertThat(figures.reworkRate().rate()).isNull();
        assertThat(figures.changeLeadTime()).isEqualTo(new DeliveryPerformance.Durations(null, null, 0));
        assertThat(figures.issueLeadTime().n()).isZero();
        assertThat(figures.recoveryTime()).isEqualTo(new DeliveryPerformance.Recovery(null, 0, 0));
        assertThat(figures.weeks()).extracting(DeliveryPerformance.Week::deployments).containsExactly(0, 0);
        assertThat(figures.definitions()).isEqualTo(DeliveryFigures.DEFINITIONS);
    }

    @Test
    void aDeploymentCountsInTheWindowInProductionAndWhenItNamesTheInitiativeOrItsTrace() {
        timeline.deploy(0, "web", "GROW-1");                                  // at from: counts
        timeline.deploy(20, "web", "GROW-11");                                // a traced item: counts
        timeline.deploy(30, "api", "prod", false, List.of(change("c1", 25, "GROW-12")), "PAY-9"); // via a change
        timeline.deploy(40, "web", "staging", false, List.of(), "GROW-1");    // not production
        timeline.deploy(50, "web", "PAY-9");                                  // not attributed
        timeline.deploy(14 * 24, "web", "GROW-1");                            // at to: outside

        DeliveryPerformance figures = timeline.figures();

        assertThat(figures.deployments()).isEqualTo(3);
        assertThat(figures.perWeek()).isEqualByComparingTo("1.50");
        assertThat(figures.services()).containsExactly("api", "web");
        assertThat(figures.weeks()).extracting(DeliveryPerformance.Week::deployments).containsExactly(3, 0);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"prod,true", "production,true", "PROD,true", "prod-eu,true", "production_2,true", "prod2,false",
        "preprod,false", "staging,false", "production-,true"})
    void productionIsTheDefaultPattern(String environment, boolean production) {
        timeline.deploy(5, "web", environment, false, List.of(), "GROW-1");

        assertThat(timeline.figures().deployments()).isEqualTo(production ? 1 : 0);
    }

    @Test
    void changeLeadTimeIsEveryChangesWaitWithTheMedianOfAnOddCountAndTheNearestRankP85() {
        timeline.deploy(30, "web", "prod", false, List.of(change("c1", 28, "GROW-1"), change("c2", 26)), "GROW-1");
        timeline.deploy(40, "web", "prod", false, List.of(change("c3", 30), change("c4", 41)), "GROW-1");

        DeliveryPerformance.Durations lead = timeline.figures().changeLeadTime();

        // 2 h, 4 h, 10 h; the change created after its deployment (c4) is left out.
        assertThat(lead).isEqualTo(new DeliveryPerformance.Durations(new BigDecimal("4.00"), new BigDecimal("10.00"), 3));
    }

    @Test
    void anEvenCountsMedianIsTheMeanOfTheTwoMiddleValues() {
        timeline.deploy(30, "web", "prod", false, List.of(change("c1", 29), change("c2", 26.5)), "GROW-1");

        // 1 h and 3.5 h: median 2.25 h; p85 is the ⌈1.7⌉ = 2nd smallest.
        assertThat(timeline.figures().changeLeadTime())
                .isEqualTo(new DeliveryPerformance.Durations(new BigDecimal("2.25"), new BigDecimal("3.50"), 2));
    }

    @Test
    void issueLeadTimeRunsFromAnItemsFirstMoveToItsFirstProductionDeployment() {
        timeline.started("GROW-11", -100);
        timeline.started("GROW-12", 10);
        timeline.deploy(-40, "web", "GROW-11");   // GROW-11's first production deployment, before the window
        timeline.deploy(5, "web", "GROW-11");     // counted, names GROW-11
        timeline.deploy(30, "web", "GROW-12");    // GROW-12: 20 h
        timeline.deploy(50, "web", "GROW-1");     // the initiative itself is no item

        DeliveryPerformance.Durations lead = timeline.figures().issueLeadTime();

        // GROW-11: 60 h, GROW-12: 20 h
        assertThat(lead).isEqualTo(new DeliveryPerformance.Durations(new BigDecimal("40.00"), new BigDecimal("60.00"), 2));
    }

    @Test
    void aRollbackFailsTheDeploymentItFollowsBeforeTheNextAndTakesThatLongToRecover() {
        timeline.deploy(10, "web", "GROW-1");
        timeline.rollback(12.5, "web");           // fails the first
        timeline.deploy(20, "web", "GROW-1");
        timeline.deploy(30, "api", "GROW-1");     // another service: unaffected
        timeline.deploy(40, "web", "GROW-1");
        timeline.rollback(40, "web");             // as the third lands: fails the second (20 h), not the third

        DeliveryPerformance figures = timeline.figures();

        assertThat(figures.changeFailRate()).isEqualTo(new DeliveryPerformance.FailRate(new BigDecimal("0.5000"), 2, 4, 0));
        // 2.5 h and 20 h
        assertThat(figures.recoveryTime()).isEqualTo(new DeliveryPerformance.Recovery(new BigDecimal("11.25"), 2, 0));
    }

    @Test
    void aRollbackAtTheNextDeploymentStillFailsTheOneBeforeButOneAfterItDoesNot() {
        timeline.deploy(10, "web", "GROW-1");
        timeline.deploy(20, "web", "GROW-1");
        timeline.rollback(20, "web");             // as the next deployment lands: fails the first only
        timeline.rollback(25, "web");             // after the second: fails the second

        assertThat(timeline.figures().changeFailRate().failed()).isEqualTo(2);

        Timeline later = new Timeline();
        later.deploy(10, "web", "GROW-1");
        later.deploy(20, "web", "PAY-9");         // the next deployment there, not counted
        later.rollback(21, "web");                // follows the uncounted one
        assertThat(later.figures().changeFailRate()).isEqualTo(new DeliveryPerformance.FailRate(new BigDecimal("0.0000"), 0, 1, 0));
    }

    @Test
    void anIncidentNamingItsCauseFailsThatDeploymentAndRecoversWhenResolved() {
        String cause = timeline.deploy(10, "web", "GROW-1");
        timeline.deploy(20, "web", "GROW-1");
        timeline.incident(30, "INC-1", "web", cause);
        timeline.resolve(36, "INC-1");

        DeliveryPerformance figures = timeline.figures();

        assertThat(figures.changeFailRate()).isEqualTo(new DeliveryPerformance.FailRate(new BigDecimal("0.5000"), 1, 2, 0));
        assertThat(figures.recoveryTime()).isEqualTo(new DeliveryPerformance.Recovery(new BigDecimal("6.00"), 1, 0));
    }

    @Test
    void anIncidentWithoutACauseFailsItsServicesLastDeploymentThereAndIsCountedAsInferred() {
        timeline.deploy(10, "web", "GROW-1");
        timeline.deploy(20, "web", "GROW-1");     // web's last deployment before the incident
        timeline.deploy(25, "api", "GROW-1");     // the other service: not named by the incident
        timeline.incident(26, "INC-2", "web", null);
        timeline.deploy(27, "web", "GROW-1");     // after the detection
        timeline.incident(50, "INC-3", null, null); // names no service: fails nothing

        DeliveryPerformance figures = timeline.figures();

        assertThat(figures.changeFailRate()).isEqualTo(new DeliveryPerformance.FailRate(new BigDecimal("0.2500"), 1, 4, 1));
        assertThat(figures.recoveryTime()).isEqualTo(new DeliveryPerformance.Recovery(null, 0, 1));
    }

    @Test
    void anInferredCauseCanBeAnUncountedDeploymentThenNothingCountedFails() {
        timeline.deploy(10, "web", "GROW-1");
        timeline.deploy(20, "web", "PAY-9");
        timeline.incident(21, "INC-4", "web", null);

        assertThat(timeline.figures().changeFailRate().failed()).isZero();
    }

    @Test
    void whatHappensAfterTheWindowsEndIsNotKnownToIt() {
        timeline.deploy(300, "web", "GROW-1");
        timeline.rollback(14 * 24, "web");        // at the end: after the window
        String cause = timeline.deploy(310, "api", "GROW-1");
        timeline.incident(320, "INC-9", "api", cause);
        timeline.resolve(14 * 24 + 1, "INC-9");   // resolved after the end: still open then

        DeliveryPerformance figures = timeline.figures();

        assertThat(figures.changeFailRate()).isEqualTo(new DeliveryPerformance.FailRate(new BigDecimal("0.5000"), 1, 2, 0));
        assertThat(figures.recoveryTime()).isEqualTo(new DeliveryPerformance.Recovery(null, 0, 1));
    }

    @Test
    void anIncidentDetectedBeforeTheDeploymentItNamesDoesNotFailIt() {
        String cause = timeline.deploy(10, "web", "GROW-1");
        timeline.incident(9, "INC-8", "web", cause);

        assertThat(timeline.figures().changeFailRate().failed()).isZero();
    }

    @Test
    void anOpenIncidentIsLeftOutOfRecoveryAndCountedAsOpen() {
        String first = timeline.deploy(10, "web", "GROW-1");
        String second = timeline.deploy(20, "api", "GROW-1");
        timeline.incident(11, "INC-5", "web", first);
        timeline.resolve(15, "INC-5");
        timeline.incident(21, "INC-6", "api", second);
        timeline.resolve(5, "INC-6");             // a resolution before the detection does not resolve it

        DeliveryPerformance figures = timeline.figures();

        assertThat(figures.changeFailRate().failed()).isEqualTo(2);
        assertThat(figures.recoveryTime()).isEqualTo(new DeliveryPerformance.Recovery(new BigDecimal("4.00"), 1, 1));
    }

    @Test
    void theFirstOpeningIsTheDetectionAndTheFirstResolutionAfterItTheRecovery() {
        String cause = timeline.deploy(10, "web", "GROW-1");
        timeline.incident(13, "INC-7", "web", null);        // detected
        timeline.incident(14, "INC-7", "web", cause);       // reported later, naming the cause
        timeline.resolve(19, "INC-7");
        timeline.resolve(22, "INC-7");

        DeliveryPerformance figures = timeline.figures();

        assertThat(figures.changeFailRate()).isEqualTo(new DeliveryPerformance.FailRate(new BigDecimal("1.0000"), 1, 1, 0));
        assertThat(figures.recoveryTime().medianHours()).isEqualByComparingTo("6.00");
    }

    @Test
    void reworkIsWhatNobodyPlannedOrWhatFixesAnIncident() {
        timeline.deploy(10, "web", "prod", true, List.of(), "GROW-1");
        timeline.fix(20, "web", "INC-1", "GROW-1");
        timeline.deploy(30, "web", "GROW-1");
        timeline.deploy(40, "web", "GROW-1");

        assertThat(timeline.figures().reworkRate())
                .isEqualTo(new DeliveryPerformance.Rework(new BigDecimal("0.5000"), 2, 4));
    }

    @Test
    void failedDeploymentsAreMarkedInTheirWeek() {
        timeline.deploy(10, "web", "GROW-1");
        timeline.rollback(11, "web");
        timeline.deploy(8 * 24, "web", "GROW-1");
        timeline.deploy(9 * 24, "web", "GROW-1");

        assertThat(timeline.figures().weeks()).extracting(w -> w.deployments() + "/" + w.failed())
                .containsExactly("1/1", "2/0");
    }
}
