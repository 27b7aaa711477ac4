package io.throughline.core.signal;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.throughline.core.common.Team;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.UserRef;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.performance.DeliveryEvent;
import io.throughline.core.performance.EventKey;
import io.throughline.core.testing.TestWorld;
import io.throughline.core.trace.StatusCategory;
import io.throughline.core.trace.TraceVia;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An initiative's signals gathered from its records: stage history, trace, evidence, events. */
class SignalServiceTest {

    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");

    private final TestWorld world = new TestWorld(LocalDate.of(2026, 6, 1), Team.of("Growth"), Team.of("Mobile"));
    private final UserRef admin = world.admin("ops.lead");
    private final UserRef bot = UserRef.of("ci.bot");
    private int deployments;

    @BeforeEach
    void portfolio() {
        world.permissions.poster(bot);
        world.app.initiatives().save(admin, initiative("GROW-1").team("Growth").stage(Stage.BET)
                .metric("Activation rate: 20% -> 30%").build());
        world.delivery.issue("GROW-11", "Story", "Growth", StatusCategory.IN_PROGRESS, 3, world.clock.now())
                .edge("GROW-1", "GROW-11", TraceVia.LINK);
    }

    private void move(Stage stage) {
        Initiative now = world.initiatives.find(GROW_1).orElseThrow();
        world.app.initiatives().save(admin, new Initiative(now.key(), now.summary(), now.team(), stage, now.owner(),
                now.successMetric(), now.evidenceHorizon()));
    }

    private void deploy(String issue, int daysAgo) {
        world.app.performance().record(bot, List.of(DeliveryEvent.deployment(new EventKey("ci", "d" + deployments++),
                world.clock.now().minus(Duration.ofDays(daysAgo)), "web", "prod", Set.of(InitiativeKey.parse(issue)),
                List.of(), false, Set.of())));
    }

    private void reading(String value) {
        world.app.evidence().record(admin, GROW_1, new EvidenceForm("METRIC_READING", "Activation", null, value,
                world.clock.today().toString(), null));
    }

    private List<Signal> signals() {
        return world.app.signals().forInitiative(admin, GROW_1).raised().stream().map(SignalVerdict::signal).toList();
    }

    @Test
    void aDeliveringInitiativeWhoseTraceStoodStillStallsAndItsEvidenceGoesStale() {
        move(Stage.DELIVERING);
        reading("21%");
        world.clock.advanceDays(13);
        assertThat(signals()).isEmpty();

        world.clock.advanceDays(1);
        assertThat(signals()).containsExactly(Signal.STALLED);

        world.clock.advanceDays(16);
        assertThat(signals()).containsExactly(Signal.STALLED, Signal.EVIDENCE_STALE);
    }

    @Test
    void shippedWithNoDeploymentIsRaisedOnlyOnceTheInstallationReceivesEvents() {
        move(Stage.SHIPPED);
        world.delivery.issue("GROW-11", "Story", "Growth", StatusCategory.DONE, 3, world.clock.now());
        assertThat(signals()).doesNotContain(Signal.SHIPPED_WITHOUT_DEPLOYMENT);

        deploy("MOB-4", 3);
        assertThat(signals()).contains(Signal.SHIPPED_WITHOUT_DEPLOYMENT);

        deploy("GROW-11", 2);
        assertThat(signals()).doesNotContain(Signal.SHIPPED_WITHOUT_DEPLOYMENT);
    }

    @Test
    void outputWithoutOutcomeClearsOnceAReadingMovesTowardTheTarget() {
        move(Stage.DELIVERING);
        reading("20%");
        for (int day = 1; day <= 4; day++) {
            deploy("GROW-11", day);
        }
        assertThat(signals()).containsExactly(Signal.OUTPUT_WITHOUT_OUTCOME);

        reading("19%");
        assertThat(signals()).as("a reading away from the target").containsExactly(Signal.OUTPUT_WITHOUT_OUTCOME);

        reading("23%");
        assertThat(signals()).isEmpty();
    }

    @Test
    void aChangedMetricAfterCommitmentIsTargetDriftUntilADecisionAcceptsIt() {
        move(Stage.COMMITTED);
        Initiative now = world.initiatives.find(GROW_1).orElseThrow();
        world.app.initiatives().save(admin, new Initiative(now.key(), now.summary(), now.team(), now.stage(),
                now.owner(), java.util.Optional.of("Activation rate: 20% -> 25%"), now.evidenceHorizon()));

        assertThat(signals()).containsExactly(Signal.TARGET_DRIFT);
    }

    @Test
    void theSignalsOfAnInitiativeTheViewerMayNotSeeAreNotFound() {
        assertThatThrownBy(() -> world.app.signals().forInitiative(UserRef.of("stranger"), GROW_1))
                .isInstanceOf(ThroughlineException.NotFound.class);
    }
}
