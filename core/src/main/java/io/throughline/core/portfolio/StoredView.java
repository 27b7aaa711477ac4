package io.throughline.core.portfolio;

import io.throughline.core.common.Clock;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyId;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.graph.Health;
import io.throughline.core.graph.HealthTally;
import io.throughline.core.graph.Latency;
import io.throughline.core.graph.TeamCycles;
import io.throughline.core.graph.TeamMatrix;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.PermissionCheck;
import io.throughline.core.interaction.Interaction;
import io.throughline.core.interaction.InteractionRepository;
import io.throughline.core.interaction.InteractionTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The portfolio's views over stored statuses: counts, matrix and cycles from the compact rows of every
 * status, and only the rows listed read in full (their requests with changes, their consumers).
 */
final class StoredView {

    /** The order of {@link PortfolioService}'s worst-first order over stored statuses, so that only the rows shown are read in full. */
    private static final Comparator<StoredStatus> STORED_WORST_FIRST = (a, b) -> {
        int byHealth = Integer.compare(b.health().severity(), a.health().severity());
        if (byHealth != 0) {
            return byHealth;
        }
        int byNeed = a.neededBy().compareTo(b.neededBy());
        return byNeed != 0 ? byNeed : Long.compare(a.id().value(), b.id().value());
    };

    private final InitiativeRepository initiatives;
    private final DependencyRepository dependencies;
    private final PermissionCheck permissions;
    private final InteractionRepository interactions;
    private final Clock clock;

    StoredView(InitiativeRepository initiatives, DependencyRepository dependencies, PermissionCheck permissions,
               InteractionRepository interactions, Clock clock) {
        this.initiatives = initiatives;
        this.dependencies = dependencies;
        this.permissions = permissions;
        this.interactions = interactions;
        this.clock = clock;
    }

    /** The portfolio from the stored statuses: counted over all in scope, the rows listed read in full. */
    PortfolioStatus portfolio(UserRef viewer, SortedSet<Team> selected, List<StoredStatus> stored,
                              Set<Health> listed, int limit) {
        Set<InitiativeKey> viewable = permissions.viewable(viewer, mentioned(stored));
        List<StoredStatus> visible = new ArrayList<>();
        List<StoredStatus> inScope = new ArrayList<>();
        Map<Team, Set<Team>> waiting = new TreeMap<>();
        for (StoredStatus status : stored) {
            if (!viewable.contains(status.consumer())) {
                continue;
            }
            visible.add(status);
            if (status.open()) {
                waiting.computeIfAbsent(status.consumerTeam(), team -> new TreeSet<>()).add(status.providerTeam());
            }
            if (selected.contains(status.consumerTeam()) || selected.contains(status.providerTeam())) {
                inScope.add(status);
            }
        }
        InteractionTable table = interactions.table();
        Map<InteractionTable.Key, Interaction> pairs = table.byPair();
        Map<TeamMatrix.Pair, List<Health>> cells = new HashMap<>();
        Map<TeamMatrix.Pair, Interaction> declared = new HashMap<>();
        for (StoredStatus status : inScope) {
            TeamMatrix.Pair pair = new TeamMatrix.Pair(status.consumerTeam(), status.providerTeam());
            cells.computeIfAbsent(pair, key -> new ArrayList<>()).add(status.health());
            Interaction interaction = pairs.get(new InteractionTable.Key(pair.consumer(), pair.provider()));
            if (interaction != null) {
                declared.putIfAbsent(pair, interaction);
            }
        }
        SortedMap<TeamMatrix.Pair, HealthTally> tallies = new TreeMap<>();
        cells.forEach((pair, healths) -> tallies.put(pair, HealthTally.ofHealths(healths)));
        List<SortedSet<Team>> cycles = TeamCycles.inGraph(waiting).stream()
                .filter(cycle -> !Collections.disjoint(cycle, selected))
                .toList();
        List<StoredStatus> matching = inScope.stream().filter(s -> listed.contains(s.health()))
                .sorted(STORED_WORST_FIRST).toList();
        List<StoredStatus> shown = matching.subList(0, Math.min(limit, matching.size()));
        Instant asOf = inScope.stream().map(StoredStatus::computedAt).min(Comparator.naturalOrder())
                .orElseGet(clock::now);
        return new PortfolioStatus(asOf, selected, rows(shown, viewable, pairs),
                HealthTally.ofHealths(inScope.stream().map(StoredStatus::health).toList()),
                new TeamMatrix(tallies, declared), cycles, matching.size());
    }

    /** The open requests to {@code team}, each with its consumer, keys the viewer may not see removed. */
    List<PortfolioRow> requestsTo(UserRef viewer, Team team, List<StoredStatus> stored) {
        List<StoredStatus> waiting = stored.stream().filter(s -> s.providerTeam().equals(team) && s.open()).toList();
        if (waiting.isEmpty()) {
            return List.of();
        }
        return rows(waiting, permissions.viewable(viewer, mentioned(waiting)), interactions.table().byPair());
    }

    /** Rows for the statuses listed: their requests with histories and their consumers, read for these only. */
    private List<PortfolioRow> rows(List<StoredStatus> shown, Set<InitiativeKey> viewable,
                                    Map<InteractionTable.Key, Interaction> pairs) {
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<DependencyId, Dependency> requests = new HashMap<>();
        dependencies.findByIds(shown.stream().map(StoredStatus::id).toList())
                .forEach(d -> requests.put(d.id(), d));
        Map<InitiativeKey, Initiative> consumers = new HashMap<>();
        initiatives.findByKeys(shown.stream().map(StoredStatus::consumer).collect(Collectors.toSet()))
                .forEach(i -> consumers.put(i.key(), i));
        List<PortfolioRow> rows = new ArrayList<>(shown.size());
        for (StoredStatus status : shown) {
            Dependency dependency = requests.get(status.id());
            Initiative consumer = consumers.get(status.consumer());
            // A request or initiative gone since its status was stored (a host deletion) has no row to show.
            if (dependency != null && consumer != null && dependency.consumer().equals(consumer.key())) {
                rows.add(new PortfolioRow(PortfolioService.redact(full(status, dependency, pairs), viewable), consumer));
            }
        }
        return rows;
    }

    /** A stored status with the request it judged, as the graph would have returned it. */
    private static DependencyStatus full(StoredStatus status, Dependency dependency,
                                         Map<InteractionTable.Key, Interaction> pairs) {
        return new DependencyStatus(dependency, status.consumerTeam(), status.health(), status.reasons(),
                status.lateDiscovered(), Latency.of(dependency),
                Optional.ofNullable(pairs.get(new InteractionTable.Key(status.consumerTeam(),
                        dependency.providerTeam()))));
    }

    /** Every initiative key a set of statuses names: consumers, provider issues, blocked providers. */
    private static Set<InitiativeKey> mentioned(Collection<StoredStatus> stored) {
        Set<InitiativeKey> mentioned = new HashSet<>();
        for (StoredStatus status : stored) {
            mentioned.add(status.consumer());
            status.providerIssue().ifPresent(mentioned::add);
            status.reasons().forEach(reason -> reason.via().ifPresent(mentioned::add));
        }
        return mentioned;
    }
}
