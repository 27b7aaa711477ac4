package io.throughline.core.portfolio;

import io.throughline.core.common.Clock;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.common.Transactions;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.dependency.DependencyState;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.graph.DependencyAnalysis;
import io.throughline.core.graph.DependencyGraph;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.graph.Health;
import io.throughline.core.graph.HealthRules;
import io.throughline.core.graph.InitiativeNode;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import io.throughline.core.initiative.StageHistory;
import io.throughline.core.interaction.InteractionRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the stored dependency statuses equal to a judgement of the whole graph as of their day. A write
 * on an initiative can change its own dependencies and, since blocking travels, every dependency
 * downstream of it (waiting on it, then on those, ...): {@link #refresh} re-judges exactly that closure,
 * taking from the stored statuses whether the initiatives it waits on outside the closure are blocked.
 * All statuses are judged as of one day, the day of the last full judgement ({@link #rejudgeAll}: the
 * day-change job, or the first refresh or view finding nothing stored or statuses older than yesterday),
 * so a refresh between midnight and the job judges as of yesterday, like everything else stored.
 */
public final class DependencyStatusService {

    /** Consumers whose statuses a full judgement stores per transaction. */
    static final int CHUNK = 500;

    private final InitiativeRepository initiatives;
    private final StageHistory stages;
    private final DependencyRepository dependencies;
    private final InteractionRepository interactions;
    private final int ackSlaDays;
    private final DependencyStatuses statuses;
    private final Clock clock;
    private final Transactions transactions;

    public DependencyStatusService(InitiativeRepository initiatives, StageHistory stages,
                                   DependencyRepository dependencies, InteractionRepository interactions,
                                   PolicyParameters defaults, DependencyStatuses statuses, Clock clock,
                                   Transactions transactions) {
        this.initiatives = initiatives;
        this.stages = stages;
        this.dependencies = dependencies;
        this.interactions = interactions;
        this.ackSlaDays = defaults.ackSlaDays();
        this.statuses = statuses;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Whether the host keeps statuses at all; without, every view judges the whole graph. */
    public boolean kept() {
        return statuses != DependencyStatuses.NONE;
    }

    DependencyStatuses statuses() {
        return statuses;
    }

    /** A full judgement: every dependency's status, the initiatives it judged and when. */
    public record Judged(DependencyAnalysis analysis, Map<InitiativeKey, Initiative> initiatives, LocalDate day,
                         Instant at) {
    }

    /**
     * After a write on {@code touched} (a dependency requested or changed, an initiative created, edited
     * or moved in stage): re-judges and stores the statuses of their dependencies and of every dependency
     * downstream. Returns the consumers whose statuses changed, {@code touched} among them when theirs did.
     * With nothing stored yet, or statuses judged before yesterday (the day-change job missed a day),
     * re-judges everything instead.
     */
    public Set<InitiativeKey> refresh(Collection<InitiativeKey> touched) {
        if (!kept() || touched.isEmpty()) {
            return Set.of();
        }
        LocalDate today = clock.today();
        Optional<LocalDate> stored = statuses.judgedOn();
        if (stored.isEmpty() || !fresh(stored.get(), today)) {
            rejudgeAll();
            return Set.copyOf(touched);
        }
        Set<InitiativeKey> closure = downstream(touched);
        Map<InitiativeKey, Set<StoredStatus>> before = byConsumer(statuses.ofConsumers(closure));
        Instant now = clock.now();
        List<StoredStatus> after = judgeClosure(closure, stored.get(), now);
        store(closure, after, now);
        Map<InitiativeKey, Set<StoredStatus>> judged = byConsumer(after);
        Set<InitiativeKey> changed = new LinkedHashSet<>();
        for (InitiativeKey consumer : closure) {
            if (!before.getOrDefault(consumer, Set.of()).equals(judged.getOrDefault(consumer, Set.of()))) {
                changed.add(consumer);
            }
        }
        return changed;
    }

    /**
     * Judges every dependency as of today and stores every status (the day-change job once a day across
     * the cluster; an interaction table replaced; the first view or write with nothing stored).
     */
    public Judged rejudgeAll() {
        LocalDate today = clock.today();
        Instant now = clock.now();
        Judged judged = judgeAll(today, now);
        if (kept()) {
            Map<InitiativeKey, List<StoredStatus>> byConsumer = new LinkedHashMap<>();
            for (DependencyStatus status : judged.analysis().all()) {
                byConsumer.computeIfAbsent(status.dependency().consumer(), key -> new ArrayList<>())
                        .add(StoredStatus.of(status, today, now));
            }
            List<InitiativeKey> consumers = new ArrayList<>(byConsumer.keySet());
            for (int start = 0; start < consumers.size(); start += CHUNK) {
                List<InitiativeKey> chunk = consumers.subList(start, Math.min(consumers.size(), start + CHUNK));
                List<StoredStatus> rows = new ArrayList<>();
                chunk.forEach(consumer -> rows.addAll(byConsumer.get(consumer)));
                store(chunk, rows, now);
            }
            transactions.inOne(() -> {
                statuses.dropComputedBefore(now);
                return null;
            });
        }
        return judged;
    }

    /**
     * The given dependencies judged as of today, taking from the stored statuses whether the initiatives
     * they wait on (outside the given ones' consumers) are blocked: for views of a few dependencies (an
     * initiative's panel, one provider's answer, a scorecard line). Empty when the host keeps no
     * statuses or none is stored yet; the caller then judges the whole graph.
     */
    public Optional<Judged> judgeFew(Collection<Dependency> given) {
        if (!kept()) {
            return Optional.empty();
        }
        List<Dependency> judged = given.stream().filter(d -> !d.state().isWithdrawn()).toList();
        Set<InitiativeKey> consumers = new LinkedHashSet<>();
        judged.forEach(d -> consumers.add(d.consumer()));
        Map<InitiativeKey, Initiative> found = new HashMap<>();
        Map<InitiativeKey, InitiativeNode> nodes = nodes(consumers, found);
        List<Dependency> known = judged.stream().filter(d -> nodes.containsKey(d.consumer())).toList();
        Set<InitiativeKey> outside = providersOutside(known, nodes.keySet());
        Set<InitiativeKey> blocked = new HashSet<>();
        if (!outside.isEmpty()) {
            List<StoredStatus> providers = statuses.ofConsumers(outside);
            if (providers.isEmpty() && statuses.judgedOn().isEmpty()) {
                return Optional.empty();
            }
            providers.stream().filter(s -> s.health() == Health.BLOCKED).forEach(s -> blocked.add(s.consumer()));
        }
        LocalDate today = clock.today();
        return Optional.of(new Judged(DependencyGraph.analyse(nodes.values(), known, rules(today), blocked), found,
                today, clock.now()));
    }

    /** Every dependency of an initiative the app knows, but the withdrawn ones, judged as of {@code day}. */
    Judged judgeAll(LocalDate day, Instant at) {
        List<Initiative> all = initiatives.findAll();
        Map<InitiativeKey, Instant> commitments = stages.firstCommitments();
        Map<InitiativeKey, Initiative> byKey = new HashMap<>(all.size() * 2);
        List<InitiativeNode> nodes = new ArrayList<>(all.size());
        for (Initiative initiative : all) {
            byKey.put(initiative.key(), initiative);
            nodes.add(node(initiative, commitments));
        }
        // A dependency whose consumer is gone (issue deleted in the host) has nobody left to wait on it.
        List<Dependency> judged = dependencies.findAll().stream()
                .filter(d -> byKey.containsKey(d.consumer()) && !d.state().isWithdrawn())
                .toList();
        return new Judged(DependencyGraph.analyse(nodes, judged, rules(day)), byKey, day, at);
    }

    /** Statuses judged as of yesterday or today are current enough; older ones mean a missed day-change job. */
    static boolean fresh(LocalDate judgedOn, LocalDate today) {
        return !judgedOn.isBefore(today.minusDays(1)) && !judgedOn.isAfter(today);
    }

    /** The touched initiatives and every consumer waiting, directly or through others, on one of them. */
    private Set<InitiativeKey> downstream(Collection<InitiativeKey> touched) {
        Set<InitiativeKey> closure = new LinkedHashSet<>(touched);
        Set<InitiativeKey> frontier = new LinkedHashSet<>(touched);
        while (!frontier.isEmpty()) {
            Set<InitiativeKey> next = new LinkedHashSet<>();
            for (StoredStatus waiting : statuses.waitingOn(frontier)) {
                // A delivered dependency no longer waits: nothing upstream can change it.
                if (waiting.state() != DependencyState.DELIVERED && closure.add(waiting.consumer())) {
                    next.add(waiting.consumer());
                }
            }
            frontier = next;
        }
        return closure;
    }

    /** The closure's dependencies judged as of {@code day}, blocked providers outside it taken from the store. */
    private List<StoredStatus> judgeClosure(Set<InitiativeKey> closure, LocalDate day, Instant now) {
        Map<InitiativeKey, InitiativeNode> nodes = nodes(closure, new HashMap<>());
        List<Dependency> judged = dependencies.findByConsumers(nodes.keySet()).stream()
                .filter(d -> !d.state().isWithdrawn() && nodes.containsKey(d.consumer()))
                .toList();
        Set<InitiativeKey> outside = providersOutside(judged, closure);
        Set<InitiativeKey> blocked = new HashSet<>();
        if (!outside.isEmpty()) {
            statuses.ofConsumers(outside).stream().filter(s -> s.health() == Health.BLOCKED)
                    .forEach(s -> blocked.add(s.consumer()));
        }
        List<StoredStatus> after = new ArrayList<>();
        for (DependencyStatus status : DependencyGraph.analyse(nodes.values(), judged, rules(day), blocked).all()) {
            after.add(StoredStatus.of(status, day, now));
        }
        return after;
    }

    /** The graph's nodes of those initiatives the app knows among {@code keys}; those found put in {@code found}. */
    private Map<InitiativeKey, InitiativeNode> nodes(Set<InitiativeKey> keys, Map<InitiativeKey, Initiative> found) {
        Map<InitiativeKey, InitiativeNode> nodes = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return nodes;
        }
        List<Initiative> known = initiatives.findByKeys(keys);
        known.forEach(initiative -> found.put(initiative.key(), initiative));
        Map<InitiativeKey, Instant> commitments = known.isEmpty() ? Map.of()
                : stages.firstCommitments(known.stream().map(Initiative::key).toList());
        known.forEach(initiative -> nodes.put(initiative.key(), node(initiative, commitments)));
        return nodes;
    }

    private static InitiativeNode node(Initiative initiative, Map<InitiativeKey, Instant> commitments) {
        return new InitiativeNode(initiative.key(), initiative.team(), initiative.stage(),
                Optional.ofNullable(commitments.get(initiative.key())));
    }

    /** Provider issues the still-waiting dependencies name that are not among {@code inside}. */
    private static Set<InitiativeKey> providersOutside(List<Dependency> judged, Set<InitiativeKey> inside) {
        Set<InitiativeKey> outside = new LinkedHashSet<>();
        for (Dependency dependency : judged) {
            if (dependency.state() != DependencyState.DELIVERED) {
                dependency.providerIssue().filter(key -> !inside.contains(key)).ifPresent(outside::add);
            }
        }
        return outside;
    }

    private HealthRules rules(LocalDate day) {
        return new HealthRules(day, clock.zone(), ackSlaDays, interactions.table());
    }

    private void store(Collection<InitiativeKey> consumers, List<StoredStatus> rows, Instant computedAt) {
        try {
            replace(consumers, rows, computedAt);
        } catch (ThroughlineException.Conflict raced) {
            // Another node stored one of these statuses at the same moment: the second try keeps the newer.
            replace(consumers, rows, computedAt);
        }
    }

    private void replace(Collection<InitiativeKey> consumers, List<StoredStatus> rows, Instant computedAt) {
        transactions.inOne(() -> {
            statuses.replace(consumers, rows, computedAt);
            return null;
        });
    }

    /** Statuses by consumer, without when they were computed: what two judgements of the same facts share. */
    private static Map<InitiativeKey, Set<StoredStatus>> byConsumer(List<StoredStatus> stored) {
        Map<InitiativeKey, Set<StoredStatus>> byConsumer = new HashMap<>();
        for (StoredStatus status : stored) {
            byConsumer.computeIfAbsent(status.consumer(), key -> new HashSet<>())
                    .add(status.judgedAt(status.judgedOn(), Instant.EPOCH));
        }
        return byConsumer;
    }
}
