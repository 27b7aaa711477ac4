package io.throughline.jira.workflow;

import static io.throughline.jira.JiraIssues.HORIZON_FIELD;
import static io.throughline.jira.JiraIssues.METRIC_FIELD;
import static io.throughline.jira.JiraIssues.OWNER_FIELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.opensymphony.workflow.InvalidInputException;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.DependencyForm;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceForm;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.evidence.NewEvidence;
import io.throughline.core.gate.GateParameterSource;
import io.throughline.core.gate.GateService;
import io.throughline.core.initiative.InitiativeAccess;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.InMemoryStageMappings;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.core.testing.TestWorld;
import io.throughline.jira.JiraIssues;
import io.throughline.jira.host.JiraInitiatives;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The commit and outcome gates as Jira's workflow runs them: issue in, InvalidInputException out. */
class GateValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
    private static final InitiativeKey KEY = InitiativeKey.parse("GROW-1");

    private final JiraIssues jira = new JiraIssues();
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private TestWorld world;
    private CommitGateValidator commitGate;
    private OutcomeGateValidator outcomeGate;
    private final UserRef pm = UserRef.of("pm.growth");

    @BeforeEach
    void setUp() {
        world = new TestWorld(TODAY, Team.of("GROW"), Team.of("IDN"));
        world.permissions.edits(pm, "GROW").member(UserRef.of("lead.identity"), Team.of("IDN"));
        world.permissions.views(UserRef.of("lead.identity"), "GROW");
        world.app.initiatives().save(pm, InitiativeBuilder.initiative(KEY.value()).team("GROW").build());
        JiraInitiatives initiatives = new JiraInitiatives(jira.fields(), world.initiatives, new InMemoryStageMappings());
        commitGate = new CommitGateValidator(world.app.gates(), initiatives, authentication);
        outcomeGate = new OutcomeGateValidator(world.app.gates(), initiatives, authentication);
        var user = JiraIssues.user(pm.key());
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
    }

    @Test
    void missingOwnerIsReportedOnTheOwnerField() {
        InvalidInputException refusal = refuse(jira.initiative(KEY.value(), null, "Activation rate: 22% -> 30%",
                TODAY.plusDays(60)));

        assertThat(refusal.getErrors()).containsEntry(OWNER_FIELD,
                "Initiative owner is not set. Name the one person accountable for the outcome.");
    }

    @Test
    void unparsableMetricIsReportedOnTheMetricFieldWithTheParsersReason() {
        InvalidInputException refusal = refuse(jira.initiative(KEY.value(), pm.key(), "Activation rate 22% -> 30%",
                TODAY.plusDays(60)));

        assertThat((String) refusal.getErrors().get(METRIC_FIELD))
                .startsWith("Name: no colon after the metric name")
                .endsWith("e.g. Activation rate: 22% -> 30%");
    }

    @Test
    void pastHorizonIsReportedOnTheHorizonField() {
        InvalidInputException refusal = refuse(jira.initiative(KEY.value(), pm.key(), "Activation rate: 22% -> 30%",
                TODAY.minusDays(1)));

        assertThat((String) refusal.getErrors().get(HORIZON_FIELD)).startsWith("Evidence horizon 2026-02-01 is not in the future");
    }

    @Test
    void staleEvidenceAndUnacknowledgedDependencyAreGenericErrors() {
        world.app.evidence().record(pm, KEY, new EvidenceForm("RESEARCH", "Old survey", "https://example.com/s",
                null, TODAY.minusDays(200).toString(), null));
        world.app.dependencies().request(pm, KEY, new DependencyForm("IDN", null, "Auth constraint", "2026-03-01"));

        InvalidInputException refusal = refuse(jira.initiative(KEY.value(), pm.key(), "Activation rate: 22% -> 30%",
                TODAY.plusDays(60)));

        assertThat(refusal.getErrors()).isEmpty();
        assertThat(refusal.getGenericErrors()).containsExactly(
                "No evidence entries observed in the last 90 days; at least 2 are needed, one of them with a source link.",
                "Dependency on IDN (“Auth constraint”) has not been answered. IDN must commit to a date or decline.");
    }

    @Test
    void aCompleteInitiativePasses() {
        world.app.evidence().record(pm, KEY, new EvidenceForm("CUSTOMER_INSIGHT", "Admins abandon setup",
                "https://example.com/r/1", null, TODAY.minusDays(3).toString(), null));
        world.app.evidence().record(pm, KEY, new EvidenceForm("METRIC_READING", "Baseline", null, "22",
                TODAY.minusDays(1).toString(), null));

        assertThatCode(() -> commitGate.validate(Map.of("issue", jira.initiative(KEY.value(), pm.key(),
                "Activation rate: 22% -> 30%", TODAY.plusDays(60))), Map.of(), null)).doesNotThrowAnyException();
    }

    @Test
    void validatorArgumentsChooseThePolicies() {
        Map<String, String> ownerNotRequired = Map.of("policy.owner-present", "false",
                "policy.evidence-sufficient", "false");

        assertThatCode(() -> commitGate.validate(Map.of("issue", jira.initiative(KEY.value(), null,
                "Activation rate: 22% -> 30%", TODAY.plusDays(60))), ownerNotRequired, null))
                .doesNotThrowAnyException();
    }

    @Test
    void otherIssueTypesAreNotGated() {
        MutableIssue story = jira.issue("GROW-2", "Story", null, null, null);

        assertThatCode(() -> commitGate.validate(Map.of("issue", story), Map.of(), null)).doesNotThrowAnyException();
    }

    @Test
    void badStoredArgumentsBlockWithAnExplanationNotAStackTrace() {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class, () ->
                commitGate.validate(Map.of("issue", jira.initiative(KEY.value(), pm.key(), "X: 1 -> 2",
                        TODAY.plusDays(5))), Map.of("minEvidenceCount", "lots"), null));

        assertThat(refusal.getGenericErrors()).singleElement().asString().contains("invalid settings");
    }

    @Test
    void outcomeGateWantsAReadingThatMeetsTheTarget() {
        world.app.evidence().record(pm, KEY, new EvidenceForm("METRIC_READING", "Week 6", null, "27",
                TODAY.minusDays(1).toString(), null));

        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class, () ->
                outcomeGate.validate(Map.of("issue", jira.initiative(KEY.value(), pm.key(),
                        "Activation rate: 22% -> 30%", TODAY.minusDays(1))), Map.of(), null));

        assertThat(refusal.getGenericErrors()).singleElement().asString()
                .startsWith("The best metric reading by 2026-02-01 is 27%, which does not meet the target 30%.");
    }

    @Test
    void invalidationNeedsALearningRecordedSinceTheInitiativeShipped() {
        InvalidationGateValidator invalidation = new InvalidationGateValidator(world.app.gates(),
                new JiraInitiatives(jira.fields(), world.initiatives, new InMemoryStageMappings()), authentication);
        world.app.evidence().record(pm, KEY, new EvidenceForm("RESEARCH", "Market sizing", null, null,
                TODAY.minusDays(1).toString(), null));
        world.clock.advanceDays(1);
        world.app.initiatives().recordStage(pm, KEY, io.throughline.core.initiative.Stage.SHIPPED);
        world.clock.advanceDays(1);
        MutableIssue shipped = jira.initiative(KEY.value(), pm.key(), "Activation rate: 22% -> 30%", TODAY);
        var done = org.mockito.Mockito.mock(com.atlassian.jira.issue.status.Status.class);
        when(done.getName()).thenReturn("Shipped");
        when(shipped.getStatus()).thenReturn(done);

        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> invalidation.validate(Map.of("issue", shipped), Map.of(), null));
        assertThat(refusal.getGenericErrors()).singleElement().asString().startsWith("Record what was learned");

        world.app.evidence().record(pm, KEY, new EvidenceForm("DECISION", "Stop: SSO users were a small share",
                null, null, null, null));
        assertThatCode(() -> invalidation.validate(Map.of("issue", shipped), Map.of(), null)).doesNotThrowAnyException();
    }

    @Test
    void anInitiativeTheUserCannotSeeIsRefusedWithAMessageNotAnError() {
        var stranger = JiraIssues.user("stranger");
        when(authentication.getLoggedInUser()).thenReturn(stranger);

        InvalidInputException refusal = refuse(jira.initiative(KEY.value(), pm.key(), "Activation rate: 22% -> 30%",
                TODAY.plusDays(60)));

        assertThat(refusal.getGenericErrors()).singleElement().asString()
                .startsWith("Throughline cannot find GROW-1").contains("Reload the issue");
    }

    @Test
    void aStoreThatFailsRefusesTheTransitionAndSaysWhatToDo() {
        EvidenceLedger broken = new EvidenceLedger() {
            @Override
            public EvidenceEntry append(NewEvidence evidence) {
                throw new IllegalStateException("database down");
            }

            @Override
            public List<EvidenceEntry> entriesFor(InitiativeKey initiative) {
                throw new IllegalStateException("database down");
            }

            @Override
            public List<EvidenceEntry> changedSince(java.time.Instant from) {
                throw new IllegalStateException("database down");
            }

            @Override
            public java.util.Optional<EvidenceEntry> find(io.throughline.core.evidence.EvidenceId id) {
                throw new IllegalStateException("database down");
            }

            @Override
            public EvidenceEntry confirm(io.throughline.core.evidence.EvidenceId id,
                                         io.throughline.core.evidence.Confirmation confirmation) {
                throw new IllegalStateException("database down");
            }

            @Override
            public void rekey(InitiativeKey from, InitiativeKey to) {
                throw new IllegalStateException("database down");
            }
        };
        commitGate = new CommitGateValidator(new GateService(new InitiativeAccess(world.initiatives, world.permissions),
                world.stages, broken, world.dependencies, world.clock, GateParameterSource.NONE, world.app.contracts(),
                world.assumptions),
                new JiraInitiatives(jira.fields(), world.initiatives, new InMemoryStageMappings()), authentication);

        InvalidInputException refusal = refuse(jira.initiative(KEY.value(), pm.key(), "Activation rate: 22% -> 30%",
                TODAY.plusDays(60)));

        assertThat(refusal.getGenericErrors()).singleElement().asString()
                .startsWith("Throughline could not check the gate on GROW-1").contains("nothing changed")
                .doesNotContain("database down");
    }

    private InvalidInputException refuse(MutableIssue issue) {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> commitGate.validate(Map.of("issue", issue), Map.of(), null));
        assertThat(refusal).as("the commit gate should refuse").isNotNull();
        return refusal;
    }
}
