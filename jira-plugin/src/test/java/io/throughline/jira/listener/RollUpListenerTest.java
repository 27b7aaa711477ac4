package io.throughline.jira.listener;

import static io.throughline.core.testing.InitiativeBuilder.initiative;
import static io.throughline.core.trace.StatusCategory.DONE;
import static io.throughline.core.trace.StatusCategory.IN_PROGRESS;
import static io.throughline.core.trace.StatusCategory.TO_DO;
import static io.throughline.core.trace.TraceVia.EPIC;
import static io.throughline.core.trace.TraceVia.LINK;
import static io.throughline.core.trace.TraceVia.SUBTASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.throughline.core.common.Team;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.testing.TestWorld;
import io.throughline.jira.trace.DeliveryLinkType;
import io.throughline.jira.trace.IssuesAbove;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollUpListenerTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");
    private static final long DELIVERY = 10700L;

    private final TestWorld world = new TestWorld(LocalDate.of(2026, 12, 1), Team.of("GROW"));
    private final EventPublisher publisher = mock(EventPublisher.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final RollUpListener listener = new RollUpListener(publisher, world.app.rollUps(),
            new IssuesAbove(mock(CustomFieldManager.class), linkTypes, mock(IssueLinkManager.class)));

    RollUpListenerTest() {
        world.initiatives.save(initiative("GROW-1").team("GROW").build());
        // GROW-1 ← epic GROW-10 ← story GROW-11 ← sub-task GROW-12
        world.delivery.issue("GROW-10", "Epic", "GROW", IN_PROGRESS, null, T)
                .issue("GROW-11", "Story", "GROW", DONE, 3, T)
                .issue("GROW-12", "Sub-task", "GROW", TO_DO, null, T)
                .edge("GROW-1", "GROW-10", LINK).edge("GROW-10", "GROW-11", EPIC).edge("GROW-11", "GROW-12", SUBTASK);
        IssueLinkType delivery = mock(IssueLinkType.class);
        when(delivery.getId()).thenReturn(DELIVERY);
        when(linkTypes.getIssueLinkTypesByName(DeliveryLinkType.NAME)).thenReturn(List.of(delivery));
    }

    @Test
    void registersAndUnregistersWithTheEventPublisher() {
        listener.register();
        listener.unregister();

        verify(publisher).register(listener);
        verify(publisher).unregister(listener);
    }

    @Test
    void aChangeToAStoryRefreshesTheInitiativeAboveIt() {
        listener.issueChanged(event(issue("GROW-11"), EventType.ISSUE_UPDATED_ID));

        assertThat(world.rollUps.find(GROW_1)).hasValueSatisfying(rollUp -> {
            assertThat(rollUp.progress().items()).isEqualTo(3);
            assertThat(rollUp.progress().done()).isEqualTo(1);
        });
    }

    @Test
    void aDeletedSubTaskRefreshesWhatItStoodUnderThoughItCanNoLongerBeFound() {
        world.delivery.removeEdge("GROW-11", "GROW-12");
        Issue deleted = issue("GROW-12");
        when(deleted.isSubTask()).thenReturn(true);
        Issue parent = issue("GROW-11");
        when(deleted.getParentObject()).thenReturn(parent);

        listener.issueChanged(event(deleted, EventType.ISSUE_DELETED_ID));

        assertThat(world.rollUps.find(GROW_1)).hasValueSatisfying(rollUp ->
                assertThat(rollUp.progress().items()).isEqualTo(2));
    }

    @Test
    void aFailureNeverReachesJira() {
        world.delivery.failFor("GROW-1");

        assertThatCode(() -> listener.issueChanged(event(issue("GROW-11"), EventType.ISSUE_UPDATED_ID)))
                .doesNotThrowAnyException();
        assertThat(world.rollUps.find(GROW_1)).isEmpty();
    }

    @Test
    void aDeliveryLinkMadeRefreshesItsSource() {
        IssueLinkCreatedEvent event = mock(IssueLinkCreatedEvent.class);
        IssueLink eventLink = link(DELIVERY, "GROW-1", "GROW-99");
        when(event.getIssueLink()).thenReturn(eventLink);

        listener.onLinkCreated(event);

        assertThat(world.rollUps.find(GROW_1)).isPresent();
    }

    @Test
    void aDeliveryLinkRemovedRefreshesTheInitiativeThatLostTheItem() {
        IssueLinkDeletedEvent event = mock(IssueLinkDeletedEvent.class);
        IssueLink eventLink = link(DELIVERY, "GROW-1", "GROW-10");
        when(event.getIssueLink()).thenReturn(eventLink);
        world.delivery.removeEdge("GROW-1", "GROW-10");

        listener.onLinkDeleted(event);

        assertThat(world.rollUps.find(GROW_1)).hasValueSatisfying(rollUp ->
                assertThat(rollUp.progress().items()).isZero());
    }

    @Test
    void linksOfOtherTypesChangeNoRollUp() {
        IssueLinkCreatedEvent made = mock(IssueLinkCreatedEvent.class);
        IssueLink madeLink = link(10000L, "GROW-1", "GROW-10");
        when(made.getIssueLink()).thenReturn(madeLink);
        IssueLinkDeletedEvent removed = mock(IssueLinkDeletedEvent.class);
        IssueLink removedLink = link(10000L, "GROW-1", "GROW-10");
        when(removed.getIssueLink()).thenReturn(removedLink);

        listener.onLinkCreated(made);
        listener.onLinkDeleted(removed);

        assertThat(world.rollUps.writes()).isZero();
    }

    @Test
    void aFailedLinkEventNeverReachesJira() {
        world.delivery.failFor("GROW-1");
        IssueLinkDeletedEvent event = mock(IssueLinkDeletedEvent.class);
        IssueLink eventLink = link(DELIVERY, "GROW-1", "GROW-10");
        when(event.getIssueLink()).thenReturn(eventLink);

        assertThatCode(() -> listener.onLinkDeleted(event)).doesNotThrowAnyException();
        assertThat(world.rollUps.writes()).isZero();
    }

    private static IssueLink link(long type, String source, String destination) {
        IssueLink link = mock(IssueLink.class);
        when(link.getLinkTypeId()).thenReturn(type);
        Issue from = issue(source);
        when(link.getSourceObject()).thenReturn(from);
        Issue to = issue(destination);
        when(link.getDestinationObject()).thenReturn(to);
        return link;
    }

    private static Issue issue(String key) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        return issue;
    }

    private static IssueEvent event(Issue issue, Long type) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
        return event;
    }
}
