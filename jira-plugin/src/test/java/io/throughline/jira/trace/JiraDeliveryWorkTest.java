package io.throughline.jira.trace;

import static io.throughline.jira.trace.TraceHost.CREATED;
import static io.throughline.jira.trace.TraceHost.DONE;
import static io.throughline.jira.trace.TraceHost.IN_PROGRESS;
import static io.throughline.jira.trace.TraceHost.IN_REVIEW;
import static io.throughline.jira.trace.TraceHost.OPEN;
import static io.throughline.jira.trace.TraceHost.UPDATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.Audience;
import io.throughline.core.trace.DeliveryItem;
import io.throughline.core.trace.StatusCategory;
import io.throughline.core.trace.TraceVia;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JiraDeliveryWorkTest {

    private static final UserRef ALICE = UserRef.of("alice");
    private static final InitiativeKey GROW_1 = InitiativeKey.parse("GROW-1");

    private final TraceHost jira = new TraceHost();

    JiraDeliveryWorkTest() throws Exception {
    }

    private static List<InitiativeKey> keys(String... keys) {
        return java.util.Arrays.stream(keys).map(InitiativeKey::parse).toList();
    }

    @Test
    void underSearchesOnceAsTheViewerForIssuesLinkedFromTheInitiativesSideAndItsParentLinkChildren() throws SearchException {
        jira.found(101, "IDN-7", "Epic", OPEN);

        jira.work().under(Audience.of(ALICE), GROW_1, 2001);

        assertThat(jira.jql).containsExactly(
                "issue in linkedIssues(\"GROW-1\", \"is delivered by\") OR cf[10200] = \"GROW-1\" ORDER BY key ASC");
        verify(jira.search).parseQuery(same(jira.alice), anyString());
        verify(jira.search, times(1)).search(same(jira.alice), any(), any());
        assertThat(jira.pagers).singleElement().satisfies(pager -> {
            assertThat(pager.getMax()).isEqualTo(2001);
            assertThat(pager.getStart()).isZero();
        });
    }

    @Test
    void withoutAdvancedRoadmapsUnderSearchesTheLinksOnly() {
        jira.withoutField(jira.parentLink).found(101, "IDN-7", "Epic", OPEN);

        jira.work().under(Audience.of(ALICE), GROW_1, 10);

        assertThat(jira.jql).containsExactly("issue in linkedIssues(\"GROW-1\", \"is delivered by\") ORDER BY key ASC");
    }

    @Test
    void underSearchesWithTheLinkWordsAsJiraHasThemQuotedForJql() {
        jira.linkReads("is \"shipped\" by").withoutField(jira.parentLink);

        jira.work().under(Audience.of(ALICE), GROW_1, 10);

        assertThat(jira.jql).containsExactly("issue in linkedIssues(\"GROW-1\", \"is \\\"shipped\\\" by\") ORDER BY key ASC");
    }

    @Test
    void withNeitherTheLinkTypeNorParentLinkThereIsNothingToSearch() throws SearchException {
        jira.withoutLinkType().withoutField(jira.parentLink);

        assertThat(jira.work().under(Audience.of(ALICE), GROW_1, 10)).isEmpty();
        verify(jira.search, never()).search(any(), any(), any());
    }

    @Test
    void underTellsParentLinkChildrenFromLinkedIssuesAndNamesNoParent() {
        Issue linked = jira.found(101, "IDN-7", "Epic", OPEN);
        Issue child = jira.found(102, "DATA-3", "Epic", OPEN);
        TraceHost.value(child, jira.parentLink, TraceHost.referenced("GROW-1"));
        TraceHost.value(linked, jira.parentLink, TraceHost.referenced("GROW-9"));

        List<DeliveryItem> items = jira.work().under(Audience.of(ALICE), GROW_1, 10);

        assertThat(items).extracting(item -> item.key().value(), DeliveryItem::via, DeliveryItem::parent).containsExactly(
                org.assertj.core.groups.Tuple.tuple("IDN-7", TraceVia.LINK, Optional.empty()),
                org.assertj.core.groups.Tuple.tuple("DATA-3", TraceVia.PARENT_LINK, Optional.empty()));
    }

    @Test
    void childrenOfManyParentsIsStillOneSearchWithEveryKeyInEachClause() throws SearchException {
        List<InitiativeKey> parents = IntStream.rangeClosed(1, 1500).mapToObj(n -> InitiativeKey.parse("IDN-" + n)).toList();

        jira.work().childrenOf(Audience.of(ALICE), parents, 500);

        verify(jira.search, times(1)).parseQuery(same(jira.alice), anyString());
        verify(jira.search, times(1)).search(same(jira.alice), any(), any());
        String query = jira.jql.get(0);
        assertThat(query).startsWith("parent in (\"IDN-1\", \"IDN-2\", ").contains(" OR cf[10100] in (\"IDN-1\", ")
                .contains(" OR cf[10200] in (\"IDN-1\", ").endsWith("\"IDN-1500\") ORDER BY key ASC");
        assertThat(query.split("\"IDN-1499\"", -1)).hasSize(4);
        assertThat(jira.pagers).singleElement().extracting(pager -> pager.getMax()).isEqualTo(500);
    }

    @Test
    void withoutAdvancedRoadmapsChildrenOfSearchesSubTasksAndEpicsOnly() {
        jira.withoutField(jira.parentLink);

        jira.work().childrenOf(Audience.of(ALICE), keys("IDN-7", "DATA-3"), 10);

        assertThat(jira.jql).containsExactly(
                "parent in (\"IDN-7\", \"DATA-3\") OR cf[10100] in (\"IDN-7\", \"DATA-3\") ORDER BY key ASC");
    }

    @Test
    void withoutJiraSoftwareChildrenOfSearchesSubTasksOnly() {
        jira.withoutField(jira.parentLink).withoutField(jira.epicLink);

        jira.work().childrenOf(Audience.of(ALICE), keys("IDN-7"), 10);

        assertThat(jira.jql).containsExactly("parent in (\"IDN-7\") ORDER BY key ASC");
    }

    @Test
    void childrenNameTheirParentAndHowTheyJoinedFromTheirRelationToAParentInTheSet() {
        Issue subTask = jira.found(201, "IDN-21", "Sub-task", OPEN);
        TraceHost.subTaskOf(subTask, "IDN-8");
        Issue story = jira.found(202, "IDN-22", "Story", OPEN);
        TraceHost.value(story, jira.epicLink, TraceHost.referenced("IDN-7"));
        Issue epic = jira.found(203, "DATA-5", "Epic", OPEN);
        TraceHost.value(epic, jira.parentLink, TraceHost.referenced("DATA-3"));
        Issue stray = jira.found(204, "IDN-30", "Story", OPEN);
        TraceHost.value(stray, jira.epicLink, TraceHost.referenced("IDN-99"));

        List<DeliveryItem> items = jira.work().childrenOf(Audience.of(ALICE), keys("IDN-7", "IDN-8", "DATA-3"), 10);

        assertThat(items).extracting(item -> item.key().value(), DeliveryItem::via, item -> item.parent().orElseThrow().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IDN-21", TraceVia.SUBTASK, "IDN-8"),
                        org.assertj.core.groups.Tuple.tuple("IDN-22", TraceVia.EPIC, "IDN-7"),
                        org.assertj.core.groups.Tuple.tuple("DATA-5", TraceVia.PARENT_LINK, "DATA-3"));
    }

    @Test
    void aParentLinkValueThatIsNoIssueIsReadByItsKey() {
        Issue epic = jira.found(203, "DATA-5", "Epic", OPEN);
        TraceHost.value(epic, jira.parentLink, new ParentLinkLike("DATA-3"));

        assertThat(jira.work().childrenOf(Audience.of(ALICE), keys("DATA-3"), 10)).singleElement()
                .extracting(DeliveryItem::via).isEqualTo(TraceVia.PARENT_LINK);
    }

    /** A stand-in for Advanced Roadmaps' undocumented value class: public, with a getKey(). */
    public static final class ParentLinkLike {
        private final String key;

        ParentLinkLike(String key) {
            this.key = key;
        }

        public String getKey() {
            return key;
        }
    }

    @Test
    void statusCategoriesComeFromJirasCategoryKeys() {
        jira.found(301, "IDN-1", "Story", OPEN);
        jira.found(302, "IDN-2", "Story", IN_PROGRESS);
        jira.found(303, "IDN-3", "Story", IN_REVIEW);
        jira.found(304, "IDN-4", "Story", DONE);

        assertThat(jira.work().under(Audience.of(ALICE), GROW_1, 10)).extracting(DeliveryItem::status, DeliveryItem::category)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Open", StatusCategory.TO_DO),
                        org.assertj.core.groups.Tuple.tuple("In Progress", StatusCategory.IN_PROGRESS),
                        org.assertj.core.groups.Tuple.tuple("In Review", StatusCategory.IN_PROGRESS),
                        org.assertj.core.groups.Tuple.tuple("Done", StatusCategory.DONE));
    }

    @Test
    void itemsCarryKeySummaryTypeTeamAndTheirDates() {
        Issue done = jira.found(304, "IDN-4", "Story", DONE);
        Instant resolved = Instant.parse("2026-04-18T12:00:00Z");
        when(done.getResolutionDate()).thenReturn(Timestamp.from(resolved));
        jira.found(305, "DATA-9", "Bug", OPEN);

        List<DeliveryItem> items = jira.work().under(Audience.of(ALICE), GROW_1, 10);

        assertThat(items.get(0)).satisfies(item -> {
            assertThat(item.summary()).isEqualTo("Work IDN-4");
            assertThat(item.issueType()).isEqualTo("Story");
            assertThat(item.team().name()).isEqualTo("IDN");
            assertThat(item.resolvedAt()).contains(resolved);
            assertThat(item.updatedAt()).isEqualTo(UPDATED);
        });
        assertThat(items.get(1).team().name()).isEqualTo("DATA");
        assertThat(items.get(1).resolvedAt()).isEmpty();
    }

    @Test
    void pointsComeFromTheStoryPointsFieldWhereItHasANumber() {
        Issue estimated = jira.found(401, "IDN-1", "Story", OPEN);
        TraceHost.value(estimated, jira.storyPoints, 5.0);
        jira.found(402, "IDN-2", "Story", OPEN);
        Issue negative = jira.found(403, "IDN-3", "Story", OPEN);
        TraceHost.value(negative, jira.storyPoints, -1.0);

        JiraDeliveryWork work = jira.work();

        assertThat(work.hasEstimates()).isTrue();
        assertThat(work.under(Audience.of(ALICE), GROW_1, 10)).extracting(DeliveryItem::points)
                .containsExactly(Optional.of(BigDecimal.valueOf(5.0)), Optional.empty(), Optional.empty());
    }

    @Test
    void withoutAStoryPointsFieldThereAreNoEstimates() {
        jira.withoutField(jira.storyPoints).withField(TraceHost.field(10400L, "Effort", TraceFields.NUMBER_TYPE));
        jira.found(401, "IDN-1", "Story", OPEN);

        JiraDeliveryWork work = jira.work();

        assertThat(work.hasEstimates()).isFalse();
        assertThat(work.under(Audience.of(ALICE), GROW_1, 10)).singleElement().extracting(DeliveryItem::points).isEqualTo(Optional.empty());
    }

    @Test
    void jiraSoftwaresOwnEstimateTypeWinsOverANumberFieldCalledStoryPoints() {
        var estimate = TraceHost.field(10500L, "Story point estimate", TraceFields.STORY_POINTS_TYPE);
        jira.withField(estimate);
        Issue story = jira.found(401, "IDN-1", "Story", OPEN);
        TraceHost.value(story, estimate, 8.0);
        TraceHost.value(story, jira.storyPoints, 3.0);

        assertThat(jira.work().under(Audience.of(ALICE), GROW_1, 10)).singleElement().extracting(DeliveryItem::points)
                .isEqualTo(Optional.of(BigDecimal.valueOf(8.0)));
    }

    @Test
    void startedAtIsTheFirstMoveIntoAnInProgressStatusReadInOneCallForAllIssues() {
        Instant started = Instant.parse("2026-03-05T10:00:00Z");
        Issue reopened = jira.found(501, "IDN-1", "Story", IN_PROGRESS);
        Issue waiting = jira.found(502, "IDN-2", "Story", OPEN);
        Issue straightToDone = jira.found(503, "IDN-3", "Story", DONE);
        jira.moved(501, Instant.parse("2026-03-20T10:00:00Z"), DONE, IN_REVIEW)
                .moved(501, started, OPEN, IN_PROGRESS)
                .moved(501, Instant.parse("2026-03-10T10:00:00Z"), IN_PROGRESS, DONE)
                .moved(503, Instant.parse("2026-03-06T10:00:00Z"), OPEN, DONE);

        List<DeliveryItem> items = jira.work().under(Audience.of(ALICE), GROW_1, 10);

        assertThat(items).extracting(DeliveryItem::startedAt)
                .containsExactly(Optional.of(started), Optional.empty(), Optional.empty());
        verify(jira.changes, times(1)).getChangeHistoriesForUser(eq(List.of(reopened, waiting, straightToDone)),
                same(jira.alice));
    }

    @Test
    void anIssueCreatedInAnInProgressStatusStartedWhenItWasCreated() {
        jira.found(601, "IDN-1", "Story", DONE);
        jira.found(602, "IDN-2", "Story", IN_PROGRESS);
        jira.moved(601, Instant.parse("2026-03-09T10:00:00Z"), IN_REVIEW, DONE);

        assertThat(jira.work().under(Audience.of(ALICE), GROW_1, 10)).extracting(DeliveryItem::startedAt)
                .containsExactly(Optional.of(CREATED), Optional.of(CREATED));
    }

    @Test
    void aViewerJiraDoesNotKnowFindsNothingAndNothingIsSearched() throws SearchException {
        jira.found(101, "IDN-7", "Epic", OPEN);

        assertThat(jira.work().under(Audience.of(UserRef.of("mallory")), GROW_1, 10)).isEmpty();
        assertThat(jira.work().childrenOf(Audience.of(UserRef.of("mallory")), keys("IDN-7"), 10)).isEmpty();
        verify(jira.search, never()).search(any(), any(), any());
    }

    @Test
    void nothingFoundReadsNoHistory() {
        assertThat(jira.work().childrenOf(Audience.of(ALICE), keys("IDN-7"), 10)).isEmpty();

        verify(jira.changes, never()).getChangeHistoriesForUser(any(), any());
    }

    @Test
    void aQueryJiraRefusesOrASearchThatFailsIsAnErrorNamingTheQuery() throws SearchException {
        when(jira.search.search(any(), any(), any())).thenThrow(new SearchException("index unavailable"));

        assertThatThrownBy(() -> jira.work().under(Audience.of(ALICE), GROW_1, 10))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("linkedIssues(\"GROW-1\"")
                .hasCauseInstanceOf(SearchException.class);
    }
}
