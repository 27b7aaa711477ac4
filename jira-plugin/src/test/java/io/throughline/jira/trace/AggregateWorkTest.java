package io.throughline.jira.trace;

import static io.throughline.jira.trace.TraceHost.CREATED;
import static io.throughline.jira.trace.TraceHost.DELIVERY_TYPE_ID;
import static io.throughline.jira.trace.TraceHost.IN_PROGRESS;
import static io.throughline.jira.trace.TraceHost.OPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.Audience;
import io.throughline.core.trace.DeliveryItem;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Jira's delivery work for the stored roll-ups (nobody's permissions) and the walk up after a change. */
class AggregateWorkTest {

    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");
    private static final long BLOCKS_TYPE_ID = 10000L;

    private final TraceHost jira = new TraceHost();

    AggregateWorkTest() throws Exception {
    }

    private static List<InitiativeKey> keys(String... keys) {
        return java.util.Arrays.stream(keys).map(InitiativeKey::parse).toList();
    }

    @Test
    void theAggregateSearchesOnceWithJirasSecurityOverrideAsNobody() throws SearchException {
        jira.found(101, "IDN-7", "Epic", OPEN);

        List<DeliveryItem> items = jira.work().under(Audience.AGGREGATE, GROW_1, 2001);

        assertThat(items).extracting(item -> item.key().value()).containsExactly("IDN-7");
        assertThat(jira.jql).containsExactly(
                "issue in linkedIssues(\"GROW-1\", \"is delivered by\") OR cf[10200] = \"GROW-1\" ORDER BY key ASC");
        verify(jira.search).parseQuery(isNull(), anyString());
        verify(jira.search, times(1)).searchOverrideSecurity(isNull(), any(), any());
        verify(jira.search, never()).search(any(), any(), any());
        assertThat(jira.pagers).singleElement().extracting(pager -> pager.getMax()).isEqualTo(2001);
        verifyNoInteractions(jira.users);
    }

    @Test
    void theAggregateReadsNoHistoryAndStartsInProgressWorkAtItsCreation() {
        jira.found(201, "IDN-1", "Story", IN_PROGRESS);
        jira.found(202, "IDN-2", "Story", OPEN);

        List<DeliveryItem> items = jira.work().under(Audience.AGGREGATE, GROW_1, 10);

        assertThat(items).extracting(DeliveryItem::startedAt).containsExactly(Optional.of(CREATED), Optional.empty());
        verify(jira.changes, never()).getChangeHistoriesForUser(any(), any());
    }

    @Test
    void theAggregateOfManyParentsIsStillOneSearch() throws SearchException {
        List<InitiativeKey> parents = IntStream.rangeClosed(1, 1500).mapToObj(n -> InitiativeKey.parse("IDN-" + n)).toList();

        jira.work().childrenOf(Audience.AGGREGATE, parents, 500);

        verify(jira.search, times(1)).searchOverrideSecurity(isNull(), any(), any());
        verify(jira.search, never()).search(any(), any(), any());
        assertThat(jira.jql).singleElement().asString().startsWith("parent in (\"IDN-1\", ").endsWith("\"IDN-1500\") ORDER BY key ASC");
    }

    @Test
    void aFailedAggregateSearchIsAnErrorNamingTheQuery() throws SearchException {
        when(jira.search.searchOverrideSecurity(any(), any(), any())).thenThrow(new SearchException("index unavailable"));

        assertThatThrownBy(() -> jira.work().under(Audience.AGGREGATE, GROW_1, 10))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("linkedIssues(\"GROW-1\"")
                .hasCauseInstanceOf(SearchException.class);
    }

    @Test
    void aboveSearchesOnceForEveryKeyAskedWhoeverMayBrowseThem() throws SearchException {
        List<InitiativeKey> asked = IntStream.rangeClosed(1, 300).mapToObj(n -> InitiativeKey.parse("IDN-" + n)).toList();

        jira.work().above(asked);

        verify(jira.search, times(1)).parseQuery(isNull(), anyString());
        verify(jira.search, times(1)).searchOverrideSecurity(isNull(), any(), any());
        verify(jira.search, never()).search(any(), any(), any());
        assertThat(jira.jql).singleElement().asString().startsWith("key in (\"IDN-1\", \"IDN-2\", ")
                .endsWith(", \"IDN-300\") ORDER BY key ASC");
        assertThat(jira.pagers).singleElement().extracting(pager -> pager.getMax()).isEqualTo(300);
    }

    @Test
    void aboveNamesTheParentTheEpicTheParentLinkAndTheIssuesDeliveredByALink() {
        Issue subTask = jira.found(301, "IDN-12", "Sub-task", OPEN);
        TraceHost.subTaskOf(subTask, "IDN-11");
        Issue story = jira.found(302, "IDN-11", "Story", OPEN);
        TraceHost.value(story, jira.epicLink, TraceHost.referenced("IDN-10"));
        Issue epic = jira.found(303, "IDN-10", "Epic", OPEN);
        TraceHost.value(epic, jira.parentLink, TraceHost.referenced("DATA-1"));
        jira.linkedInto(epic, "GROW-1", DELIVERY_TYPE_ID).linkedInto(epic, "OPS-9", BLOCKS_TYPE_ID)
                .linkedInto(story, "GROW-2", DELIVERY_TYPE_ID);

        assertThat(jira.work().above(keys("IDN-12", "IDN-11", "IDN-10")))
                .containsExactlyInAnyOrder(InitiativeKey.parse("IDN-11"), InitiativeKey.parse("IDN-10"),
                        InitiativeKey.parse("DATA-1"), GROW_1, InitiativeKey.parse("GROW-2"));
    }

    @Test
    void linksOfOtherTypesLeadNowhere() {
        Issue story = jira.found(401, "IDN-11", "Story", OPEN);
        jira.linkedInto(story, "OPS-9", BLOCKS_TYPE_ID);

        assertThat(jira.work().above(keys("IDN-11"))).isEmpty();
    }

    @Test
    void withoutTheAppsLinkTypeNoLinkIsRead() {
        Issue story = jira.found(501, "IDN-11", "Story", OPEN);
        TraceHost.value(story, jira.epicLink, TraceHost.referenced("IDN-10"));
        jira.withoutLinkType();

        assertThat(jira.work().above(keys("IDN-11"))).containsExactly(InitiativeKey.parse("IDN-10"));
        verify(jira.links, never()).getInwardLinks(anyLong());
    }

    @Test
    void aboveNothingSearchesNothing() throws SearchException {
        assertThat(jira.work().above(List.of())).isEmpty();

        verify(jira.search, never()).searchOverrideSecurity(any(), any(), any());
        verifyNoInteractions(jira.links);
    }
}
