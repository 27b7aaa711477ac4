package io.throughline.jira.trace;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.DeliveryItem;
import io.throughline.core.trace.DeliveryWork;
import io.throughline.core.trace.TraceVia;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Jira's delivery work, found with Jira's search as the viewer (so only issues they may browse):
 * one search per call whatever the number of keys, at most {@code limit} issues, and one bulk read of
 * those issues' change history for when each went into progress. Stateless; Jira's managers are
 * shared singletons, so one instance serves every request thread.
 */
public final class JiraDeliveryWork implements DeliveryWork {

    private final SearchService search;
    private final UserManager users;
    private final CustomFieldManager customFields;
    private final IssueLinkTypeManager linkTypes;
    private final ChangeHistoryManager changes;
    private final StatusManager statuses;

    public JiraDeliveryWork(SearchService search, UserManager users, CustomFieldManager customFields,
                            IssueLinkTypeManager linkTypes, ChangeHistoryManager changes, StatusManager statuses) {
        this.search = search;
        this.users = users;
        this.customFields = customFields;
        this.linkTypes = linkTypes;
        this.changes = changes;
        this.statuses = statuses;
    }

    @Override
    public List<DeliveryItem> under(UserRef viewer, InitiativeKey initiative, int limit) {
        TraceFields fields = TraceFields.of(customFields);
        Optional<String> outward = DeliveryLinkType.find(linkTypes).map(IssueLinkType::getOutward);
        // An issue both linked and a Parent Link child counts once, as the child.
        return find(viewer, TraceJql.under(initiative, outward, fields.parentLink()), limit, fields, issue ->
                Optional.of(new Placement(Optional.empty(), IssueValues.keyIn(issue, fields.parentLink())
                        .filter(initiative::equals).isPresent() ? TraceVia.PARENT_LINK : TraceVia.LINK)));
    }

    @Override
    public List<DeliveryItem> childrenOf(UserRef viewer, Collection<InitiativeKey> parents, int limit) {
        TraceFields fields = TraceFields.of(customFields);
        Set<InitiativeKey> above = Set.copyOf(parents);
        return find(viewer, TraceJql.childrenOf(parents, fields.epicLink(), fields.parentLink()), limit, fields,
                issue -> placeBelow(issue, above, fields));
    }

    @Override
    public boolean hasEstimates() {
        return TraceFields.of(customFields).points().isPresent();
    }

    /** Where a found issue sits: the item above it and how it joined. */
    private record Placement(Optional<InitiativeKey> parent, TraceVia via) {
    }

    /** A sub-task by its parent, else an epic's issue by its Epic Link, else a Parent Link child of one of {@code above}. */
    private static Optional<Placement> placeBelow(Issue issue, Set<InitiativeKey> above, TraceFields fields) {
        if (issue.isSubTask()) {
            Issue parent = issue.getParentObject();
            Optional<InitiativeKey> key = parent == null ? Optional.empty() : IssueValues.key(parent.getKey());
            if (key.filter(above::contains).isPresent()) {
                return Optional.of(new Placement(key, TraceVia.SUBTASK));
            }
        }
        Optional<InitiativeKey> epic = IssueValues.keyIn(issue, fields.epicLink()).filter(above::contains);
        if (epic.isPresent()) {
            return Optional.of(new Placement(epic, TraceVia.EPIC));
        }
        // Found by the search yet under none of the parents (the index lagging a change): left out.
        return IssueValues.keyIn(issue, fields.parentLink()).filter(above::contains)
                .map(key -> new Placement(Optional.of(key), TraceVia.PARENT_LINK));
    }

    private List<DeliveryItem> find(UserRef viewer, Optional<String> jql, int limit, TraceFields fields,
                                    Function<Issue, Optional<Placement>> placement) {
        ApplicationUser user = users.getUserByKey(viewer.key());
        if (user == null || jql.isEmpty() || limit < 1) {
            return List.of();
        }
        List<Issue> found = search(user, jql.get(), limit);
        if (found.isEmpty()) {
            return List.of();
        }
        DeliveryItems items = new DeliveryItems(fields,
                StatusStarts.of(changes.getChangeHistoriesForUser(found, user), statuses));
        return found.stream()
                .flatMap(issue -> placement.apply(issue).flatMap(place -> items.item(issue, place.parent(), place.via())).stream())
                .toList();
    }

    private List<Issue> search(ApplicationUser user, String jql, int limit) {
        SearchService.ParseResult parsed = search.parseQuery(user, jql);
        if (parsed == null || !parsed.isValid()) {
            throw new IllegalStateException("Jira did not accept the trace's query: " + jql);
        }
        try {
            List<Issue> results = search.search(user, parsed.getQuery(), new PagerFilter<>(limit)).getResults();
            return results.size() <= limit ? results : results.subList(0, limit);
        } catch (SearchException e) {
            throw new IllegalStateException("Jira's search failed for the trace's query: " + jql, e);
        }
    }
}
