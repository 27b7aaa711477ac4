package io.throughline.core.digest;

import io.throughline.core.contract.Contract;
import io.throughline.core.contract.ContractChange;
import io.throughline.core.dependency.Dependency;
import io.throughline.core.dependency.DependencyAction;
import io.throughline.core.dependency.DependencyChange;
import io.throughline.core.evidence.EvidenceEntry;
import io.throughline.core.evidence.EvidenceId;
import io.throughline.core.evidence.EvidenceKind;
import io.throughline.core.evidence.Ledger;
import io.throughline.core.graph.DependencyAnalysis;
import io.throughline.core.graph.DependencyGraph;
import io.throughline.core.graph.DependencyStatus;
import io.throughline.core.graph.Health;
import io.throughline.core.graph.HealthRules;
import io.throughline.core.graph.InitiativeNode;
import io.throughline.core.initiative.ContractChangeId;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.Stage;
import io.throughline.core.initiative.StageChange;
import io.throughline.core.signal.SignalVerdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The digest as a pure function of the histories between two instants, each rule as
 * {@code docs/semantics.md} (Digest) states it. Records at the window's first instant are in the window
 * and not in its start's state; records at its last instant are in it; later ones are not known to it.
 */
public final class DigestRules {

    private DigestRules() {
    }

    /** What changed for every initiative of the histories, by key, quiet ones included. */
    public static List<InitiativeDigest> between(DigestHistories histories) {
        Map<InitiativeKey, List<StageChange>> stages = byInitiative(histories.stageChanges().stream()
                .sorted(Comparator.comparing(StageChange::at)).toList(), StageChange::initiative);
        Map<InitiativeKey, List<EvidenceEntry>> evidence = byInitiative(histories.evidence(), EvidenceEntry::initiative);
        Map<InitiativeKey, List<ContractChange>> contracts = byInitiative(histories.contractChanges(),
                ContractChange::initiative);
        Map<InitiativeKey, Initiative> known = new HashMap<>();
        Map<InitiativeKey, StageMoves> moves = new HashMap<>();
        for (Initiative initiative : histories.initiatives()) {
            known.put(initiative.key(), initiative);
            moves.put(initiative.key(), stageMoves(initiative, stages.getOrDefault(initiative.key(), List.of()),
                    histories));
        }
        Map<InitiativeKey, DependencyNews> news = dependencyNews(histories, known, moves);
        List<InitiativeDigest> digests = new ArrayList<>();
        for (Initiative initiative : histories.initiatives().stream()
                .sorted(Comparator.comparing(Initiative::key)).toList()) {
            InitiativeKey key = initiative.key();
            StageMoves stage = moves.get(key);
            List<EvidenceEntry> entries = evidence.getOrDefault(key, List.of());
            Ledger atEnd = ledgerAt(entries, at -> !at.isAfter(histories.until()));
            digests.add(new InitiativeDigest(initiative, true, stage,
                    evidenceAdded(entries, atEnd, histories),
                    contractChanges(contracts.getOrDefault(key, List.of()), atEnd, histories),
                    news.getOrDefault(key, DependencyNews.NONE),
                    signals(histories.signalsAtStart().get(key), histories.signalsAtEnd().get(key), stage.created())));
        }
        return digests;
    }

    /**
     * The stage at the start (the last change before it, else the first change in or after the window's
     * "from", else the stage it is in now) and at the end, and the changes in the window.
     */
    static StageMoves stageMoves(Initiative initiative, List<StageChange> changes, DigestHistories histories) {
        List<StageChange> inWindow = changes.stream().filter(change -> histories.inWindow(change.at())).toList();
        return new StageMoves(stageAt(initiative, changes, at -> at.isBefore(histories.from())),
                stageAt(initiative, changes, at -> !at.isAfter(histories.until())).orElse(initiative.stage()), inWindow);
    }

    /** The stage after the last change kept; before any, the stage the first later change left (empty: created later). */
    private static Optional<Stage> stageAt(Initiative initiative, List<StageChange> changes, Predicate<Instant> kept) {
        StageChange last = null;
        for (StageChange change : changes) {
            if (kept.test(change.at())) {
                last = change;
            } else if (last == null) {
                return change.from();
            }
        }
        return Optional.of(last == null ? initiative.stage() : last.to());
    }

    /** The ledger as it stood: the entries recorded by then, each confirmed only if confirmed by then. */
    static Ledger ledgerAt(List<EvidenceEntry> entries, Predicate<Instant> kept) {
        List<EvidenceEntry> then = new ArrayList<>();
        for (EvidenceEntry entry : entries) {
            if (kept.test(entry.recordedAt())) {
                then.add(entry.confirmation().filter(c -> !kept.test(c.at())).isPresent()
                        ? new EvidenceEntry(entry.id(), entry.content(), Optional.empty()) : entry);
            }
        }
        return new Ledger(then);
    }

    private static EvidenceAdded evidenceAdded(List<EvidenceEntry> entries, Ledger atEnd, DigestHistories histories) {
        Set<EvidenceId> counted = new HashSet<>();
        ledgerAt(entries, at -> at.isBefore(histories.from())).current().forEach(entry -> counted.add(entry.id()));
        Comparator<EvidenceEntry> recorded = Comparator.comparing(EvidenceEntry::recordedAt)
                .thenComparing(entry -> entry.id().value());
        return new EvidenceAdded(
                atEnd.current().stream().filter(entry -> !counted.contains(entry.id())).sorted(recorded).toList(),
                atEnd.proposed().stream().filter(entry -> histories.inWindow(entry.recordedAt())).sorted(recorded)
                        .toList());
    }

    /** The window's contract changes, each with the first current decision at the end that accepts it. */
    private static List<Contract.Change> contractChanges(List<ContractChange> changes, Ledger atEnd,
                                                         DigestHistories histories) {
        Map<ContractChangeId, EvidenceId> acceptances = new HashMap<>();
        for (EvidenceEntry entry : atEnd.current()) {
            if (entry.kind() == EvidenceKind.DECISION) {
                entry.accepts().ifPresent(change -> acceptances.putIfAbsent(change, entry.id()));
            }
        }
        return changes.stream().filter(change -> histories.inWindow(change.at()))
                .sorted(Comparator.comparing(ContractChange::at))
                .map(change -> new Contract.Change(change, Optional.ofNullable(acceptances.get(change.id()))))
                .toList();
    }

    private static SignalNews signals(List<SignalVerdict> atStart, List<SignalVerdict> atEnd, boolean created) {
        if (atEnd == null || (atStart == null && !created)) {
            return SignalNews.UNKNOWN;
        }
        return SignalNews.between(atStart == null ? List.of() : atStart, atEnd);
    }

    /**
     * Every dependency's news, by consumer: the graph judged at the start (the day before it, as the line
     * of that day judges it) and at the end (today), and the window's deliveries, slips and withdrawals.
     */
    private static Map<InitiativeKey, DependencyNews> dependencyNews(DigestHistories histories,
                                                                     Map<InitiativeKey, Initiative> known,
                                                                     Map<InitiativeKey, StageMoves> moves) {
        Predicate<Instant> beforeStart = at -> at.isBefore(histories.from());
        Predicate<Instant> byEnd = at -> !at.isAfter(histories.until());
        LocalDate startDay = LocalDate.ofInstant(histories.from().minusNanos(1), histories.zone());
        LocalDate endDay = LocalDate.ofInstant(histories.until(), histories.zone());
        DependencyAnalysis start = judge(histories, known, beforeStart, startDay,
                key -> moves.get(key).atStart().orElse(moves.get(key).atEnd()));
        DependencyAnalysis end = judge(histories, known, byEnd, endDay, key -> moves.get(key).atEnd());
        Map<InitiativeKey, Collected> collected = new HashMap<>();
        for (DependencyStatus status : end.all()) {
            Optional<Health> before = Optional.ofNullable(start.statuses().get(status.dependency().id()))
                    .map(DependencyStatus::health);
            Health after = status.health();
            boolean worse = after == Health.BLOCKED ? before.filter(h -> h == Health.BLOCKED).isEmpty()
                    : after == Health.AT_RISK && before.filter(h -> h == Health.AT_RISK || h == Health.BLOCKED).isEmpty();
            if (worse) {
                Collected news = collected.computeIfAbsent(status.dependency().consumer(), k -> new Collected());
                (after == Health.BLOCKED ? news.blocked : news.atRisk).add(new DependencyNews.Turn(status, before));
            }
        }
        for (Dependency recorded : histories.dependencies()) {
            if (!known.containsKey(recorded.consumer())) {
                continue;
            }
            Optional<Dependency> then = cut(recorded, byEnd);
            if (then.isEmpty()) {
                continue;
            }
            Dependency dependency = then.get();
            for (DependencyChange change : dependency.history()) {
                if (!histories.inWindow(change.at())) {
                    continue;
                }
                if (change.action() == DependencyAction.DELIVER) {
                    collect(collected, dependency).delivered.add(new DependencyNews.Moved(dependency, change));
                } else if (change.action() == DependencyAction.WITHDRAW) {
                    collect(collected, dependency).withdrawn.add(new DependencyNews.Moved(dependency, change));
                }
            }
            for (Dependency.Revision revision : dependency.revisions()) {
                if (histories.inWindow(revision.at()) && revision.to().isAfter(revision.from())) {
                    collect(collected, dependency).slips.add(new DependencyNews.Slip(dependency, revision));
                }
            }
        }
        Map<InitiativeKey, DependencyNews> news = new HashMap<>();
        collected.forEach((key, items) -> news.put(key, items.news()));
        return news;
    }

    /** The whole graph as it stood when {@code kept} ends, judged with {@code day} as today. */
    private static DependencyAnalysis judge(DigestHistories histories, Map<InitiativeKey, Initiative> known,
                                            Predicate<Instant> kept, LocalDate day,
                                            Function<InitiativeKey, Stage> stage) {
        List<InitiativeNode> nodes = new ArrayList<>(known.size());
        for (Initiative initiative : known.values()) {
            nodes.add(new InitiativeNode(initiative.key(), initiative.team(), stage.apply(initiative.key()),
                    Optional.ofNullable(histories.firstCommitments().get(initiative.key())).filter(kept)));
        }
        List<Dependency> then = new ArrayList<>();
        for (Dependency dependency : histories.dependencies()) {
            if (known.containsKey(dependency.consumer())) {
                cut(dependency, kept).ifPresent(then::add);
            }
        }
        return DependencyGraph.analyse(nodes, then,
                new HealthRules(day, histories.zone(), histories.ackSlaDays(), histories.interactions()));
    }

    /** The dependency with the changes {@code kept}; empty when it was not requested by then. */
    static Optional<Dependency> cut(Dependency dependency, Predicate<Instant> kept) {
        if (!kept.test(dependency.requestedAt())) {
            return Optional.empty();
        }
        List<DependencyChange> then = dependency.history().stream().takeWhile(change -> kept.test(change.at())).toList();
        return Optional.of(then.size() == dependency.history().size() ? dependency
                : new Dependency(dependency.id(), dependency.request(), then));
    }

    private static Collected collect(Map<InitiativeKey, Collected> collected, Dependency dependency) {
        return collected.computeIfAbsent(dependency.consumer(), k -> new Collected());
    }

    private static <T> Map<InitiativeKey, List<T>> byInitiative(List<T> records, Function<T, InitiativeKey> key) {
        Map<InitiativeKey, List<T>> grouped = new HashMap<>();
        for (T record : records) {
            grouped.computeIfAbsent(key.apply(record), k -> new ArrayList<>()).add(record);
        }
        return grouped;
    }

    /** One consumer's news while it is collected. */
    private static final class Collected {
        final List<DependencyNews.Turn> atRisk = new ArrayList<>();
        final List<DependencyNews.Turn> blocked = new ArrayList<>();
        final List<DependencyNews.Moved> delivered = new ArrayList<>();
        final List<DependencyNews.Slip> slips = new ArrayList<>();
        final List<DependencyNews.Moved> withdrawn = new ArrayList<>();

        DependencyNews news() {
            Comparator<DependencyNews.Moved> byTime = Comparator.comparing((DependencyNews.Moved m) -> m.change().at());
            atRisk.sort(Comparator.comparing(turn -> turn.status().dependency().id().value()));
            blocked.sort(Comparator.comparing(turn -> turn.status().dependency().id().value()));
            delivered.sort(byTime);
            slips.sort(Comparator.comparing(slip -> slip.revision().at()));
            withdrawn.sort(byTime);
            return new DependencyNews(atRisk, blocked, delivered, slips, withdrawn);
        }
    }
}
