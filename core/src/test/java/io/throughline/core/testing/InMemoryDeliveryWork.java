package io.throughline.core.testing;

import io.throughline.core.common.Team;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.Audience;
import io.throughline.core.trace.DeliveryItem;
import io.throughline.core.trace.DeliveryWork;
import io.throughline.core.trace.StatusCategory;
import io.throughline.core.trace.TraceVia;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Delivery work as a host would answer it: issues with edges (linked to an initiative, epic →
 * issue, parent → sub-task, Parent Link), hidden from viewers (not from roll-ups) in a hidden project, and a
 * count of the searches made, so tests can show the walk's cost does not grow with the trace.
 */
public final class InMemoryDeliveryWork implements DeliveryWork {

    private record Edge(InitiativeKey from, InitiativeKey to, TraceVia via) {
    }

    private final List<Edge> edges = new ArrayList<>();
    private final java.util.Map<InitiativeKey, DeliveryItem> issues = new java.util.LinkedHashMap<>();
    private final Set<String> hiddenProjects = new HashSet<>();
    private final Set<InitiativeKey> failing = new HashSet<>();
    private boolean estimates = true;
    private int searches;

    /** An issue of the host (parent and via are set by the edge that finds it). */
    public InMemoryDeliveryWork issue(String key, String type, String team, StatusCategory category, Integer points,
                                      Instant updatedAt) {
        InitiativeKey id = InitiativeKey.parse(key);
        String status = switch (category) {
            case TO_DO -> "To Do";
            case IN_PROGRESS -> "In Progress";
            case DONE -> "Done";
        };
        issues.put(id, new DeliveryItem(id, "Work " + key, type, new Team(team), status, category, Optional.empty(),
                TraceVia.LINK, Optional.ofNullable(points).map(BigDecimal::valueOf),
                category == StatusCategory.TO_DO ? Optional.empty() : Optional.of(updatedAt.minusSeconds(3600)),
                category == StatusCategory.DONE ? Optional.of(updatedAt) : Optional.empty(), updatedAt));
        return this;
    }

    public InMemoryDeliveryWork edge(String from, String to, TraceVia via) {
        edges.add(new Edge(InitiativeKey.parse(from), InitiativeKey.parse(to), via));
        return this;
    }

    public InMemoryDeliveryWork hideProject(String project) {
        hiddenProjects.add(project);
        return this;
    }

    /** Searches under this initiative fail, as a host search that times out would. */
    public InMemoryDeliveryWork failFor(String initiative) {
        failing.add(InitiativeKey.parse(initiative));
        return this;
    }

    public InMemoryDeliveryWork withoutEstimates() {
        estimates = false;
        return this;
    }

    public int searches() {
        return searches;
    }

    @Override
    public List<DeliveryItem> under(Audience audience, InitiativeKey initiative, int limit) {
        searches++;
        if (failing.contains(initiative)) {
            throw new IllegalStateException("the host's search failed for " + initiative.value());
        }
        return below(audience, List.of(initiative), limit, true);
    }

    @Override
    public List<DeliveryItem> childrenOf(Audience audience, Collection<InitiativeKey> parents, int limit) {
        searches++;
        return below(audience, parents, limit, false);
    }

    @Override
    public Set<InitiativeKey> above(Collection<InitiativeKey> keys) {
        searches++;
        Set<InitiativeKey> below = new HashSet<>(keys);
        Set<InitiativeKey> found = new java.util.LinkedHashSet<>();
        for (Edge edge : edges) {
            if (below.contains(edge.to())) {
                found.add(edge.from());
            }
        }
        return found;
    }

    /** Takes an edge away, as unlinking an epic or moving a story to another epic would. */
    public InMemoryDeliveryWork removeEdge(String from, String to) {
        edges.removeIf(edge -> edge.from().value().equals(from) && edge.to().value().equals(to));
        return this;
    }

    /** Moves an issue to another category, as a transition would. */
    public InMemoryDeliveryWork move(String key, StatusCategory category, Instant at) {
        DeliveryItem issue = issues.get(InitiativeKey.parse(key));
        return issue(key, issue.issueType(), issue.team().name(), category,
                issue.points().map(BigDecimal::intValueExact).orElse(null), at);
    }

    @Override
    public boolean hasEstimates() {
        return estimates;
    }

    private List<DeliveryItem> below(Audience audience, Collection<InitiativeKey> parents, int limit, boolean top) {
        Set<InitiativeKey> from = new HashSet<>(parents);
        List<DeliveryItem> found = new ArrayList<>();
        for (Edge edge : edges) {
            DeliveryItem issue = issues.get(edge.to());
            boolean hidden = audience.viewer().isPresent() && hiddenProjects.contains(edge.to().value().split("-")[0]);
            if (!from.contains(edge.from()) || issue == null || hidden) {
                continue;
            }
            if (found.size() == limit) {
                break;
            }
            found.add(new DeliveryItem(issue.key(), issue.summary(), issue.issueType(), issue.team(), issue.status(),
                    issue.category(), top ? Optional.empty() : Optional.of(edge.from()), edge.via(), issue.points(),
                    issue.startedAt(), issue.resolvedAt(), issue.updatedAt()));
        }
        return found;
    }
}
