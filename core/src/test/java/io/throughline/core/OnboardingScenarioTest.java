package io.throughline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.gate.GateReport;
import io.throughline.core.gate.PolicyId;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.gate.Verdict;
import io.throughline.core.graph.Health;
import io.throughline.core.initiative.InitiativeField;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.core.testing.TestWorld;
import io.throughline.core.testing.Verdicts;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The story the product exists for: Growth bets on activation onboarding, which needs Identity
 * (an auth constraint) and Data (instrumentation). The commit gate names exactly what is missing,
 * and lets the bet through once the evidence is in and both providers have committed.
 */
class OnboardingScenarioTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
    private static final Team GROWTH = Team.of("Growth");
    private static final Team IDENTITY = Team.of("Identity");
    private static final Team DATA = Team.of("Data");
    private static final InitiativeKey ONBOARDING = InitiativeKey.parse("GROW-1");

    private TestWorld world;
    private final UserRef pm = UserRef.of("pm.growth");
    private final UserRef identityLead = UserRef.of("lead.identity");
    private final UserRef dataLead = UserRef.of("lead.data");

    @BeforeEach
    void setUp() {
        world = new TestWorld(TODAY, GROWTH, IDENTITY, DATA);
        world.permissions.edits(pm, "GROW").views(pm, "IDN", "DATA").member(pm, GROWTH);
        world.permissions.views(identityLead, "GROW").member(identityLead, IDENTITY);
        world.permissions.views(dataLead, "GROW").member(dataLead, DATA);
        world.app.initiatives().save(pm, InitiativeBuilder.initiative(ONBOARDING.value())
                .summary("Activation onboarding").team("Growth").owner(pm.key())
                .metric("Activation rate: 22% -> 30%").horizon(TODAY.plusDays(60)).build());
    }

    @Test
    void commitGateBlocksWithExactlyTheMissingItemsThenPassesOnceEvidenceAndCommitmentsAreIn() {
        Dependency auth = world.app.dependencies().request(pm, ONBOARDING, new DependencyForm(
                "Identity", null, "Auth constraint: SSO users must skip the password step", "2026-03-02"));
        Dependency instrumentation = world.app.dependencies().request(pm, ONBOARDING, new DependencyForm(
                "Data", null, "Instrumentation hardening for activation events", "2026-03-09"));

        GateReport before = commitGate();
        assertThat(before.verdict()).isInstanceOf(Verdict.Blocked.class);
        assertThat(Verdicts.violations(before))
                .extracting(v -> v.policy(), v -> v.field(), v -> v.message().key())
                .containsExactly(
                        tuple(PolicyId.EVIDENCE_SUFFICIENT, Optional.empty(), "throughline.gate.evidence.too-few"),
                        tuple(PolicyId.DEPENDENCIES_ACKNOWLEDGED, Optional.empty(),
                                "throughline.gate.dependency.unacknowledged"),
                        tuple(PolicyId.DEPENDENCIES_ACKNOWLEDGED, Optional.empty(),
                                "throughline.gate.dependency.unacknowledged"));
        assertThat(Verdicts.violations(before).get(1).message().args()).startsWith("Identity");
        assertThat(Verdicts.violations(before).get(2).message().args()).startsWith("Data");
        assertThat(before.results()).filteredOn(r -> r.satisfied())
                .extracting(r -> r.policy())
                .containsExactly(PolicyId.OWNER_PRESENT, PolicyId.METRIC_MEASURABLE, PolicyId.HORIZON_VALID);

        world.app.evidence().record(pm, ONBOARDING, new EvidenceForm("CUSTOMER_INSIGHT",
                "Five of eight admins abandoned setup at the password step", "https://research.example.com/42",
                null, "2026-01-20", null));
        world.app.evidence().record(pm, ONBOARDING, new EvidenceForm("METRIC_READING",
                "Activation baseline from the weekly dashboard", null, "22", "2026-01-31", null));
        world.app.dependencies().commit(identityLead, auth.id(), "2026-02-25");
        GateReport midway = commitGate();
        assertThat(Verdicts.violations(midway)).singleElement().satisfies(v -> {
            assertThat(v.policy()).isEqualTo(PolicyId.DEPENDENCIES_ACKNOWLEDGED);
            assertThat(v.message().args()).startsWith("Data");
        });

        world.app.dependencies().commit(dataLead, instrumentation.id(), "2026-03-05");
        assertThat(commitGate().verdict()).isInstanceOf(Verdict.Passed.class);
        assertThat(world.app.portfolio().forInitiative(pm, ONBOARDING).rollUp()).contains(Health.ON_TRACK);
    }

    @Test
    void missingInitiativeFieldsAreReportedAgainstTheirFields() {
        world.app.initiatives().save(pm, InitiativeBuilder.initiative(ONBOARDING.value())
                .team("Growth").owner(null).metric("Activation rate: 30% -> 30%").horizon(null).build());

        assertThat(Verdicts.violations(commitGate()))
                .filteredOn(v -> v.field().isPresent())
                .extracting(v -> v.field().get())
                .containsExactly(InitiativeField.OWNER, InitiativeField.SUCCESS_METRIC, InitiativeField.EVIDENCE_HORIZON);
    }

    private GateReport commitGate() {
        return world.app.gates().commitReadiness(pm, ONBOARDING, PolicyParameters.defaults());
    }
}
