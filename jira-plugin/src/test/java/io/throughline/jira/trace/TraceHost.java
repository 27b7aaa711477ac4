package io.throughline.jira.trace;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.throughline.jira.JiraIssues;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Jira for the trace's tests, as Mockito stand-ins: the search (which returns the issues given to
 * {@link #found} and records every JQL it parses), the custom fields, the link type, the statuses
 * and the change history.
 */
final class TraceHost {

    static final String OPEN = "1";
    static final String IN_PROGRESS = "3";
    static final String IN_REVIEW = "10100";
    static final String DONE = "10001";
    static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant UPDATED = Instant.parse("2026-04-20T16:30:00Z");

    final SearchService search = mock(SearchService.class);
    final UserManager users = mock(UserManager.class);
    final CustomFieldManager customFields = mock(CustomFieldManager.class);
    final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    final ChangeHistoryManager changes = mock(ChangeHistoryManager.class);
    final StatusManager statuses = mock(StatusManager.class);
    final IssueLinkManager links = mock(IssueLinkManager.class);
    final ApplicationUser alice = JiraIssues.user("alice");
    final CustomField epicLink = field(10100L, "Epic Link", TraceFields.EPIC_LINK_TYPE);
    final CustomField parentLink = field(10200L, "Parent Link", TraceFields.PARENT_LINK_TYPE);
    final CustomField storyPoints = field(10300L, "Story Points", TraceFields.NUMBER_TYPE);
    final List<String> jql = new ArrayList<>();
    final List<PagerFilter<?>> pagers = new ArrayList<>();
    private final List<CustomField> fields = new ArrayList<>(List.of(epicLink, parentLink, storyPoints));
    private final List<Issue> found = new ArrayList<>();
    private final List<ChangeHistory> histories = new ArrayList<>();
    static final long DELIVERY_TYPE_ID = 10700L;
    private final IssueLinkType delivery = mock(IssueLinkType.class);
    private final Map<String, Status> byId = new HashMap<>();
    private final Map<Long, List<IssueLink>> inward = new HashMap<>();

    TraceHost() throws Exception {
        lenient().when(users.getUserByKey("alice")).thenReturn(alice);
        lenient().when(customFields.getCustomFieldObjects()).thenAnswer(call -> List.copyOf(fields));
        lenient().when(delivery.getOutward()).thenReturn(DeliveryLinkType.OUTWARD);
        lenient().when(delivery.getInward()).thenReturn(DeliveryLinkType.INWARD);
        lenient().when(delivery.getId()).thenReturn(DELIVERY_TYPE_ID);
        lenient().when(linkTypes.getIssueLinkTypesByName(DeliveryLinkType.NAME)).thenReturn(List.of(delivery));
        Query query = mock(Query.class);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        lenient().when(parsed.isValid()).thenReturn(true);
        lenient().when(parsed.getQuery()).thenReturn(query);
        lenient().when(search.parseQuery(any(), anyString())).thenAnswer(call -> {
            jql.add(call.getArgument(1));
            return parsed;
        });
        lenient().when(search.search(any(), any(), any())).thenAnswer(call -> {
            pagers.add(call.getArgument(2));
            return new SearchResults<>(List.copyOf(found), found.size(), found.size(), 0);
        });
        lenient().when(search.searchOverrideSecurity(any(), any(), any())).thenAnswer(call -> {
            pagers.add(call.getArgument(2));
            return new SearchResults<>(List.copyOf(found), found.size(), found.size(), 0);
        });
        lenient().when(changes.getChangeHistoriesForUser(any(), any())).thenAnswer(call -> List.copyOf(histories));
        lenient().when(links.getInwardLinks(any())).thenAnswer(call -> List.copyOf(inward.getOrDefault(call.getArgument(0), List.of())));
        status(OPEN, "Open", "new");
        status(IN_PROGRESS, "In Progress", "indeterminate");
        status(IN_REVIEW, "In Review", "indeterminate");
        status(DONE, "Done", "done");
    }

    JiraDeliveryWork work() {
        return new JiraDeliveryWork(search, users, customFields, linkTypes, changes, statuses, issuesAbove());
    }

    IssuesAbove issuesAbove() {
        return new IssuesAbove(customFields, linkTypes, links);
    }

    /** A link of type {@code typeId} from {@code sourceKey} into the issue (the issue is the link's destination). */
    TraceHost linkedInto(Issue issue, String sourceKey, long typeId) {
        inward.computeIfAbsent(issue.getId(), id -> new ArrayList<>()).add(link(referenced(sourceKey), issue, typeId));
        return this;
    }

    static IssueLink link(Issue source, Issue destination, long typeId) {
        IssueLink link = mock(IssueLink.class);
        lenient().when(link.getLinkTypeId()).thenReturn(typeId);
        lenient().when(link.getSourceObject()).thenReturn(source);
        lenient().when(link.getDestinationObject()).thenReturn(destination);
        return link;
    }

    TraceHost withoutField(CustomField field) {
        fields.remove(field);
        return this;
    }

    TraceHost withField(CustomField field) {
        fields.add(field);
        return this;
    }

    TraceHost withoutLinkType() {
        lenient().when(linkTypes.getIssueLinkTypesByName(DeliveryLinkType.NAME)).thenReturn(List.of());
        return this;
    }

    TraceHost linkReads(String outward) {
        lenient().when(delivery.getOutward()).thenReturn(outward);
        return this;
    }

    /** An issue the next search finds, in status {@code statusId}, created and updated at the fixed instants. */
    Issue found(long id, String key, String type, String statusId) {
        Issue issue = mock(Issue.class);
        IssueType issueType = mock(IssueType.class);
        lenient().when(issueType.getName()).thenReturn(type);
        Project project = mock(Project.class);
        lenient().when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
        lenient().when(issue.getId()).thenReturn(id);
        lenient().when(issue.getKey()).thenReturn(key);
        lenient().when(issue.getSummary()).thenReturn("Work " + key);
        lenient().when(issue.getIssueType()).thenReturn(issueType);
        lenient().when(issue.getProjectObject()).thenReturn(project);
        lenient().when(issue.getStatus()).thenReturn(byId.get(statusId));
        lenient().when(issue.getCreated()).thenReturn(Timestamp.from(CREATED));
        lenient().when(issue.getUpdated()).thenReturn(Timestamp.from(UPDATED));
        found.add(issue);
        return issue;
    }

    /** An issue that is not found but is referred to (an epic, a sub-task's parent). */
    static Issue referenced(String key) {
        Issue issue = mock(Issue.class);
        lenient().when(issue.getKey()).thenReturn(key);
        return issue;
    }

    static void value(Issue issue, CustomField field, Object value) {
        lenient().when(issue.getCustomFieldValue(field)).thenReturn(value);
    }

    static void subTaskOf(Issue issue, String parentKey) {
        lenient().when(issue.isSubTask()).thenReturn(true);
        Issue parent = referenced(parentKey);
        lenient().when(issue.getParentObject()).thenReturn(parent);
    }

    /** A status change of the issue at {@code at}, from one status id to another. */
    TraceHost moved(long issueId, Instant at, String from, String to) {
        ChangeHistory history = mock(ChangeHistory.class);
        lenient().when(history.getIssueId()).thenReturn(issueId);
        lenient().when(history.getTimePerformed()).thenReturn(Timestamp.from(at));
        lenient().when(history.getChangeItemBeans()).thenReturn(List.of(
                new ChangeItemBean("jira", "assignee", null, null, "bob", "Bob"),
                new ChangeItemBean("jira", "status", from, from, to, to)));
        histories.add(history);
        return this;
    }

    static CustomField field(long id, String name, String typeKey) {
        CustomField field = mock(CustomField.class);
        CustomFieldType<?, ?> type = mock(CustomFieldType.class);
        lenient().when(type.getKey()).thenReturn(typeKey);
        lenient().when(field.getIdAsLong()).thenReturn(id);
        lenient().when(field.getId()).thenReturn("customfield_" + id);
        lenient().when(field.getName()).thenReturn(name);
        lenient().doReturn(type).when(field).getCustomFieldType();
        return field;
    }

    private void status(String id, String name, String categoryKey) {
        Status status = mock(Status.class);
        StatusCategory category = mock(StatusCategory.class);
        lenient().when(category.getKey()).thenReturn(categoryKey);
        lenient().when(status.getId()).thenReturn(id);
        lenient().when(status.getName()).thenReturn(name);
        lenient().when(status.getStatusCategory()).thenReturn(category);
        lenient().when(statuses.getStatus(id)).thenReturn(status);
        byId.put(id, status);
    }
}
