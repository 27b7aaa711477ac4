package io.throughline.jira.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import io.throughline.core.common.Team;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeService;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageChange;
import io.throughline.core.testing.InMemoryStageMappings;
import io.throughline.core.testing.RacingInitiatives;
import io.throughline.core.testing.TestWorld;
import io.throughline.jira.JiraIssues;
import io.throughline.core.common.UserRef;
import io.throughline.jira.host.JiraInitiatives;
import io.throughline.jira.trace.IssuesAbove;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InitiativeEventListenerTest {

    private static final InitiativeKey KEY = InitiativeKey.parse("GROW-1");
    private static final Instant CREATED = Instant.parse("2026-02-02T09:00:00Z");
    private static final Instant COMMITTED = Instant.parse("2026-02-02T11:00:00Z");

    private final JiraIssues jira = new JiraIssues();
    private final EventPublisher publisher = mock(EventPublisher.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final InMemoryStageMappings mappings = new InMemoryStageMappings();
    private TestWorld world;
    private RollUpListener rollUps;
    private InitiativeEventListener listener;

    @BeforeEach
    void setUp() {
        world = new TestWorld(LocalDate.of(2026, 2, 2), Team.of("GROW"), Team.of("OPS"), Team.of("IDN"));
        rollUps = new RollUpListener(publisher, world.app.rollUps(), new IssuesAbove(
                mock(CustomFieldManager.class), mock(IssueLinkTypeManager.class), mock(IssueLinkManager.class)));
        listener = new InitiativeEventListener(publisher, world.app.initiatives(),
                new JiraInitiatives(jira.fields(), world.initiatives, mappings), issueManager, rollUps);
    }

    @Test
    void registersAndUnregistersWithTheEventPublisher() {
        listener.register();
        listener.unregister();

        verify(publisher).register(listener);
        verify(publisher).unregister(listener);
    }

    @Test
    void createdInitiativeIsCopiedWithItsFieldsAndFirstStage() {
        MutableIssue issue = jira.initiative(KEY.value(), "pm.growth", "Activation rate: 22% -> 30%",
                LocalDate.of(2026, 4, 1));

        listener.onIssueEvent(event(issue, EventType.ISSUE_CREATED_ID, "pm.growth"));

        assertThat(world.initiatives.find(KEY)).hasValueSatisfying(copy -> {
            assertThat(copy.stage()).isEqualTo(Stage.BET);
            assertThat(copy.successMetric()).contains("Activation rate: 22% -> 30%");
            assertThat(copy.evidenceHorizon().map(h -> h.date())).contains(LocalDate.of(2026, 4, 1));
            assertThat(copy.team()).isEqualTo(Team.of("GROW"));
        });
        assertThat(world.stages.changesFor(KEY)).extracting(StageChange::to, StageChange::from)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Stage.BET, Optional.empty()));
    }

    @Test
    void statusMovesAreRecordedAsStageChangesByTheActingUserUsingTheMapping() {
        MutableIssue issue = jira.initiative(KEY.value(), "pm.growth", "Activation rate: 22% -> 30%", null);
        listener.onIssueEvent(event(issue, EventType.ISSUE_CREATED_ID, "pm.growth"));
        mappings.put("Ready to bet big", Optional.of(Stage.COMMITTED));
        Status moved = mock(Status.class);
        when(moved.getName()).thenReturn("Ready to bet big");
        when(issue.getStatus()).thenReturn(moved);

        listener.onIssueEvent(event(issue, EventType.ISSUE_GENERICEVENT_ID, "lead.ops"));
        listener.onIssueEvent(event(issue, EventType.ISSUE_UPDATED_ID, "lead.ops"));

        assertThat(world.stages.changesFor(KEY)).extracting(StageChange::to).containsExactly(Stage.BET, Stage.COMMITTED);
        assertThat(world.stages.changesFor(KEY).get(1).by().key()).isEqualTo("lead.ops");
    }

    @Test
    void movingTheIssueToAnotherProjectTakesLedgerHistoryAndDependenciesAlong() {
        MutableIssue issue = jira.initiative(KEY.value(), "pm.growth", "Activation rate: 22% -> 30%", null);
        when(issue.getId()).thenReturn(10_001L);
        when(issueManager.getAllIssueKeys(10_001L)).thenReturn(java.util.Set.of(KEY.value()));
        listener.onIssueEvent(event(issue, EventType.ISSUE_CREATED_ID, "pm.growth"));
        UserRef pm = UserRef.of("pm.growth");
        world.permissions.edits(pm, "GROW", "OPS");
        world.app.evidence().record(pm, KEY, new io.throughline.core.evidence.EvidenceForm("RESEARCH", "Survey",
                null, null, null, null));
        world.app.dependencies().request(pm, KEY, new io.throughline.core.dependency.DependencyForm("IDN", null,
                "Auth constraint", "2026-03-01"));

        InitiativeKey moved = InitiativeKey.parse("OPS-4");
        MutableIssue after = jira.initiative(moved.value(), "pm.growth", "Activation rate: 22% -> 30%", null);
        when(after.getId()).thenReturn(10_001L);
        when(issueManager.getAllIssueKeys(10_001L)).thenReturn(java.util.Set.of(KEY.value(), moved.value()));
        listener.onIssueEvent(event(after, EventType.ISSUE_MOVED_ID, "ops.admin"));

        assertThat(world.initiatives.find(KEY)).isEmpty();
        assertThat(world.initiatives.find(moved)).hasValueSatisfying(i -> assertThat(i.team()).isEqualTo(Team.of("OPS")));
        assertThat(world.evidence.entriesFor(moved)).hasSize(1);
        assertThat(world.dependencies.findByConsumer(moved)).hasSize(1);
        assertThat(world.stages.changesFor(moved)).extracting(StageChange::to).containsExactly(Stage.BET);
        assertThat(world.evidence.entriesFor(KEY)).isEmpty();
    }

    @Test
    void otherIssueTypesAndDeletionsAreIgnored() {
        listener.onIssueEvent(event(jira.issue("GROW-2", "Story", null, null, null), EventType.ISSUE_CREATED_ID, "x"));
        listener.onIssueEvent(event(jira.initiative(KEY.value(), null, null, null), EventType.ISSUE_DELETED_ID, "x"));

        assertThat(world.initiatives.findAll()).isEmpty();
    }

    @Test
    void everyIssueEventGoesOnToTheRollUpsAfterTheCopyIsRecorded() {
        MutableIssue issue = jira.initiative(KEY.value(), "pm.growth", "Activation rate: 22% -> 30%", null);

        listener.onIssueEvent(event(issue, EventType.ISSUE_CREATED_ID, "pm.growth"));

        // The roll-up could only be computed because the initiative's copy was recorded first.
        assertThat(world.rollUps.find(KEY)).hasValueSatisfying(rollUp -> assertThat(rollUp.team()).isEqualTo(Team.of("GROW")));
    }

    @Test
    void aStoryThatIsNoInitiativeStillReachesTheRollUpsAboveIt() {
        listener.onIssueEvent(event(jira.initiative(KEY.value(), null, null, null), EventType.ISSUE_CREATED_ID, "x"));
        world.delivery.issue("GROW-2", "Story", "GROW", io.throughline.core.trace.StatusCategory.DONE, null,
                CREATED).edge(KEY.value(), "GROW-2", io.throughline.core.trace.TraceVia.LINK);

        listener.onIssueEvent(event(jira.issue("GROW-2", "Story", null, null, null), EventType.ISSUE_UPDATED_ID, "x"));

        assertThat(world.rollUps.find(KEY)).hasValueSatisfying(rollUp -> assertThat(rollUp.progress().done()).isEqualTo(1));
    }

    @Test
    void aFailureNeverBreaksTheUsersAction() {
        MutableIssue broken = jira.initiative(KEY.value(), null, null, null);
        when(broken.getKey()).thenReturn("not a key");

        assertThatCode(() -> listener.onIssueEvent(event(broken, EventType.ISSUE_UPDATED_ID, "x")))
                .doesNotThrowAnyException();
    }

    @Test
    void changesWithoutAUserAreAttributedToTheSystem() {
        listener.onIssueEvent(event(jira.initiative(KEY.value(), null, null, null), EventType.ISSUE_CREATED_ID, null));

        assertThat(world.stages.changesFor(KEY).get(0).by()).isEqualTo(InitiativeEventListener.SYSTEM);
    }

    @Test
    void eachChangeIsRecordedAtItsEventsTimeAndALateEventChangesNothing() {
        MutableIssue issue = jira.initiative(KEY.value(), "pm.growth", "Activation rate: 22% -> 30%", null);
        mappings.put("Open", Optional.of(Stage.BET));
        mappings.put("Ready to bet big", Optional.of(Stage.COMMITTED));
        status(issue, "Open");
        listener.onIssueEvent(event(issue, EventType.ISSUE_CREATED_ID, "pm.growth", CREATED));
        status(issue, "Ready to bet big");
        listener.onIssueEvent(event(issue, EventType.ISSUE_GENERICEVENT_ID, "lead.ops", COMMITTED));

        // An event from before the commitment, delivered after it (say from an edit while still open).
        status(issue, "Open");
        listener.onIssueEvent(event(issue, EventType.ISSUE_UPDATED_ID, "pm.growth", COMMITTED.minusSeconds(30)));

        assertThat(world.initiatives.find(KEY)).map(i -> i.stage()).contains(Stage.COMMITTED);
        assertThat(world.stages.changesFor(KEY)).extracting(StageChange::to, StageChange::at).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Stage.BET, CREATED),
                org.assertj.core.groups.Tuple.tuple(Stage.COMMITTED, COMMITTED));
    }

    @Test
    void aReplayedEventChangesNothingEvenAfterALaterMove() {
        MutableIssue issue = jira.initiative(KEY.value(), "pm.growth", "Activation rate: 22% -> 30%", null);
        listener.onIssueEvent(event(issue, EventType.ISSUE_CREATED_ID, "pm.growth", CREATED));
        mappings.put("Ready to bet big", Optional.of(Stage.COMMITTED));
        mappings.put("In progress", Optional.of(Stage.DELIVERING));
        status(issue, "Ready to bet big");
        IssueEvent committed = event(issue, EventType.ISSUE_GENERICEVENT_ID, "lead.ops", COMMITTED);
        listener.onIssueEvent(committed);
        listener.onIssueEvent(committed);
        status(issue, "In progress");
        listener.onIssueEvent(event(issue, EventType.ISSUE_GENERICEVENT_ID, "lead.ops", COMMITTED.plusSeconds(60)));

        // The commitment's event delivered once more (a retry), its issue as it was then.
        status(issue, "Ready to bet big");
        listener.onIssueEvent(committed);

        assertThat(world.stages.changesFor(KEY)).extracting(StageChange::to)
                .containsExactly(Stage.BET, Stage.COMMITTED, Stage.DELIVERING);
        assertThat(world.initiatives.find(KEY)).map(i -> i.stage()).contains(Stage.DELIVERING);
    }

    @Test
    void aMoveRacingAnEarlierMoveOnAnotherNodeIsRecordedAfterReadingAgainSoTheLaterOneWins() {
        MutableIssue issue = jira.initiative(KEY.value(), "pm.growth", "Activation rate: 22% -> 30%", null);
        listener.onIssueEvent(event(issue, EventType.ISSUE_CREATED_ID, "pm.growth", CREATED));
        mappings.put("Ready to bet big", Optional.of(Stage.COMMITTED));
        status(issue, "Ready to bet big");
        JiraInitiatives jiraInitiatives = new JiraInitiatives(jira.fields(), world.initiatives, mappings);
        Initiative committed = jiraInitiatives.current(issue);
        // Abandoned a second earlier, and that event handled on the other node (same database) just
        // between this node's read of the copy and its write.
        RacingInitiatives racing = new RacingInitiatives(world.initiatives).overtakeNextWrite(() ->
                world.app.initiatives().recordHostChange(UserRef.of("lead.ops"), committed.withStage(Stage.ABANDONED),
                        COMMITTED.minusSeconds(1)));
        InitiativeEventListener thisNode = listenerOver(racing, jiraInitiatives);

        assertThatCode(() -> thisNode.onIssueEvent(event(issue, EventType.ISSUE_GENERICEVENT_ID, "lead.ops", COMMITTED)))
                .doesNotThrowAnyException();

        assertThat(world.initiatives.find(KEY)).contains(committed);
        assertThat(world.stages.changesFor(KEY)).extracting(StageChange::to)
                .containsExactly(Stage.BET, Stage.ABANDONED, Stage.COMMITTED);
    }

    @Test
    void aFirstRecordingRacingAnotherNodesIsSettledByReadingAgain() {
        MutableIssue issue = jira.initiative(KEY.value(), "pm.growth", "Activation rate: 22% -> 30%", null);
        JiraInitiatives jiraInitiatives = new JiraInitiatives(jira.fields(), world.initiatives, mappings);
        Initiative edited = jiraInitiatives.current(issue);
        Initiative asCreated = new Initiative(edited.key(), "First draft", edited.team(), edited.stage(),
                edited.owner(), edited.successMetric(), edited.evidenceHorizon());
        // The creation event reached the other node; this node handles the edit right after it.
        RacingInitiatives racing = new RacingInitiatives(world.initiatives).overtakeNextWrite(() ->
                world.app.initiatives().recordHostChange(UserRef.of("pm.growth"), asCreated, CREATED));
        InitiativeEventListener thisNode = listenerOver(racing, jiraInitiatives);

        thisNode.onIssueEvent(event(issue, EventType.ISSUE_UPDATED_ID, "pm.growth", CREATED.plusSeconds(5)));

        assertThat(world.initiatives.find(KEY)).contains(edited);
        assertThat(world.stages.changesFor(KEY)).singleElement().satisfies(change -> assertThat(change.to()).isEqualTo(Stage.BET));
    }

    /** This node's listener, its service over {@code racing} (the other node writes straight to the store). */
    private InitiativeEventListener listenerOver(RacingInitiatives racing, JiraInitiatives jiraInitiatives) {
        return new InitiativeEventListener(publisher, new InitiativeService(racing, world.stages,
                List.of(racing, world.stages), world.permissions, world.clock, world.transactions, world.app.contracts()),
                jiraInitiatives, issueManager, rollUps);
    }

    private static void status(MutableIssue issue, String name) {
        Status status = mock(Status.class);
        when(status.getName()).thenReturn(name);
        when(issue.getStatus()).thenReturn(status);
    }

    private static IssueEvent event(MutableIssue issue, Long type, String userKey, Instant at) {
        IssueEvent event = event(issue, type, userKey);
        when(event.getTime()).thenReturn(Date.from(at));
        return event;
    }

    private static IssueEvent event(MutableIssue issue, Long type, String userKey) {
        IssueEvent event = mock(IssueEvent.class);
        ApplicationUser user = userKey == null ? null : JiraIssues.user(userKey);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
        when(event.getUser()).thenReturn(user);
        return event;
    }
}
