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
import com.atlassian.query.Query;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.Audience;
import io.throughline.core.trace.DeliveryItem;
import io.throughline.core.trace.DeliveryWork;
import io.throughline.core.trace.TraceVia;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Jira's delivery work, one search per call whatever the number of keys, at most {@code limit} issues.
 * For a viewer it searches as that person (only issues they may browse) and reads the found issues'
 * change history in one call for when each went into progress. For {@link Audience#AGGREGATE} (the
 * stored roll-ups, which keep counts and dates only) it searches with Jira's security override as an
 * anonymous searcher and skips the history: nobody's permissions apply and a roll-up has no use for
 * start dates. Stateless; Jira's managers are shared singletons, so one instance serves every thread.
 */
public final class JiraDeliveryWork implements DeliveryWork {

    /** Who runs a search with the security override: nobody (Jira's anonymous searcher). */
    static final ApplicationUser AGGREGATE_SEARCHER = null;

    private final SearchService search;
    private final UserManager users;
    private final CustomFieldManager customFields;
    private final IssueLinkTypeManager linkTypes;
    private final ChangeHistoryManager changes;
    private final StatusManager statuses;
    private final IssuesAbove issuesAbove;

    public JiraDeliveryWork(SearchService search, UserManager users, CustomFieldManager customFields,
                            IssueLinkTypeManager linkTypes, ChangeHistoryManager changes, StatusManager statuses,
                            IssuesAbove issuesAbove) {
        this.search = search;
        this.users = users;
        this.customFields = customFields;
        this.linkTypes = linkTypes;
        this.changes = changes;
        this.statuses = statuses;
        this.issuesAbove = issuesAbove;
    }

    @Override
    public List<DeliveryItem> under(Audience audience, InitiativeKey initiative, int limit) {
        TraceFields fields = TraceFields.of(customFields);
        Optional<String> outward = DeliveryLinkType.find(linkTypes).map(IssueLinkType::getOutward);
        // An issue both linked and a Parent Link child counts once, as the child.
        return find(audience, TraceJql.under(initiative, outward, fields.parentLink()), limit, fields, issue ->
                Optional.of(new Placement(Optional.empty(), IssueValues.keyIn(issue, fields.parentLink())
                        .filter(initiative::equals).isPresent() ? TraceVia.PARENT_LINK : TraceVia.LINK)));
    }

    @Override
    public List<DeliveryItem> childrenOf(Audience audience, Collection<InitiativeKey> parents, int limit) {
        TraceFields fields = TraceFields.of(customFields);
        Set<InitiativeKey> above = Set.copyOf(parents);
        return find(audience, TraceJql.childrenOf(parents, fields.epicLink(), fields.parentLink()), limit, fields,
                issue -> placeBelow(issue, above, fields));
    }

    /** One search for the issues themselves, whoever may browse them, then what sits above each (see {@link IssuesAbove}). */
    @Override
    public Set<InitiativeKey> above(Collection<InitiativeKey> issues) {
        Optional<String> jql = TraceJql.keys(issues);
        if (jql.isEmpty()) {
            return Set.of();
        }
        Set<InitiativeKey> asked = new HashSet<>(issues);
        return issuesAbove.of(search(AGGREGATE_SEARCHER, true, jql.get(), asked.size()));
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

    private List<DeliveryItem> find(Audience audience, Optional<String> jql, int limit, TraceFields fields,
                                    Function<Issue, Optional<Placement>> placement) {
        Optional<UserRef> viewer = audience.viewer();
        ApplicationUser user = viewer.map(person -> users.getUserByKey(person.key())).orElse(AGGREGATE_SEARCHER);
        if ((viewer.isPresent() && user == null) || jql.isEmpty() || limit < 1) {
            return List.of();
        }
        List<Issue> found = search(user, viewer.isEmpty(), jql.get(), limit);
        if (found.isEmpty()) {
            return List.of();
        }
        // Without a viewer no history is read: every start date falls back to the issue's creation (see StatusStarts).
        StatusStarts starts = StatusStarts.of(viewer.isPresent() ? changes.getChangeHistoriesForUser(found, user) : List.of(),
                statuses);
        DeliveryItems items = new DeliveryItems(fields, starts);
        return found.stream()
                .flatMap(issue -> placement.apply(issue).flatMap(place -> items.item(issue, place.parent(), place.via())).stream())
                .toList();
    }

    private List<Issue> search(ApplicationUser user, boolean overrideSecurity, String jql, int limit) {
        SearchService.ParseResult parsed = search.parseQuery(user, jql);
        if (parsed == null || !parsed.isValid()) {
            throw new IllegalStateException("Jira did not accept the trace's query: " + jql);
        }
        Query query = parsed.getQuery();
        PagerFilter<Issue> pager = new PagerFilter<>(limit);
        try {
            List<Issue> results = (overrideSecurity ? search.searchOverrideSecurity(user, query, pager)
                    : search.search(user, query, pager)).getResults();
            return results.size() <= limit ? results : results.subList(0, limit);
        } catch (SearchException e) {
            throw new IllegalStateException("Jira's search failed for the trace's query: " + jql, e);
        }
    }
}
