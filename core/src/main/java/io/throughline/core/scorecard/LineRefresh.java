package io.throughline.core.scorecard;

import io.throughline.core.common.Transactions;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.initiative.ChangeObserver;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.interaction.InteractionRepository;
import io.throughline.core.portfolio.DependencyStatusService;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps the stored scorecard lines and dependency statuses in step with the writes that change them:
 * the ledger, the dependencies and the initiatives (through their change observer) report the
 * initiative a write touched, the interaction table that it was replaced, and once the outermost
 * transaction on the thread has committed, the dependency statuses those writes can change are
 * re-judged first (evidence changes none), then the line of each initiative touched or whose
 * statuses changed is recomputed. A write that rolls back refreshes nothing; a refresh that fails
 * leaves the write standing (the day-change job recomputes every line and status) and is logged.
 */
public final class LineRefresh implements Transactions {

    private static final System.Logger LOG = System.getLogger(LineRefresh.class.getName());

    private final Transactions inner;
    private final ThreadLocal<Pending> pending = ThreadLocal.withInitial(Pending::new);
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    private volatile Consumer<InitiativeKey> refresh = key -> { };
    private volatile DependencyStatusService statuses;

    /** What the writes of the open transaction touched. */
    private static final class Pending {
        final Set<InitiativeKey> lines = new LinkedHashSet<>();
        final Set<InitiativeKey> statuses = new LinkedHashSet<>();
        boolean everyStatus;
    }

    public LineRefresh(Transactions inner) {
        this.inner = inner;
    }

    /** What recomputes a line; wired once the scorecard service exists (it writes through this too). */
    public void setScorecard(ScorecardService scorecard) {
        refreshWith(scorecard::refresh);
    }

    public void refreshWith(Consumer<InitiativeKey> refresh) {
        this.refresh = refresh;
    }

    /** What re-judges the stored dependency statuses; without it, writes refresh lines only. */
    public void setStatuses(DependencyStatusService statuses) {
        this.statuses = statuses;
    }

    @Override
    public <T> T inOne(Supplier<T> work) {
        int[] level = depth.get();
        level[0]++;
        boolean committed = false;
        T result;
        try {
            result = inner.inOne(work);
            committed = true;
        } finally {
            level[0]--;
            if (level[0] == 0) {
                Pending touched = pending.get();
                pending.remove();
                depth.remove();
                if (committed) {
                    refreshNow(touched);
                }
            }
        }
        return result;
    }

    /**
     * The initiative's line and its dependencies' statuses (and those downstream) are out of date:
     * refreshed after the open transaction commits, or now outside one.
     */
    public void changed(InitiativeKey key) {
        note(touched -> {
            touched.lines.add(key);
            touched.statuses.add(key);
        });
    }

    /**
     * Only the initiative's line is out of date: its evidence, or fields of it that no dependency's health
     * reads (summary, owner, metric, horizon), changed.
     */
    public void lineChanged(InitiativeKey key) {
        note(touched -> touched.lines.add(key));
    }

    /** Every dependency status is out of date (the interaction table, whose SLAs health reads, was replaced). */
    public void interactionsChanged() {
        note(touched -> touched.everyStatus = true);
    }

    private void note(Consumer<Pending> change) {
        if (depth.get()[0] > 0) {
            change.accept(pending.get());
        } else {
            depth.remove();
            Pending now = new Pending();
            change.accept(now);
            refreshNow(now);
        }
    }

    private void refreshNow(Pending touched) {
        Set<InitiativeKey> lines = new LinkedHashSet<>(touched.lines);
        DependencyStatusService judge = statuses;
        if (judge != null && (touched.everyStatus || !touched.statuses.isEmpty())) {
            try {
                if (touched.everyStatus) {
                    judge.rejudgeAll();
                } else {
                    // Blocking travels: the lines of initiatives downstream whose statuses changed are out of date too.
                    lines.addAll(judge.refresh(touched.statuses));
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not re-judge the dependency statuses of "
                        + touched.statuses + "; the day-change job will", e);
            }
        }
        lines.forEach(this::refreshLine);
    }

    private void refreshLine(InitiativeKey key) {
        try {
            refresh.accept(key);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not recompute the scorecard line of " + key.value()
                    + "; the day-change job will", e);
        }
    }

    /** The initiatives' change observer, also reporting the initiative each change touched. */
    public ChangeObserver watching(ChangeObserver observer) {
        return new RefreshingObserver(observer, this);
    }

    /** The interaction table, reporting that it was replaced. */
    public InteractionRepository watchingInteractions(InteractionRepository interactions) {
        return new RefreshingInteractions(interactions, this);
    }

    /** The ledger, reporting the initiative of each entry appended or confirmed. */
    public EvidenceLedger watchingEvidence(EvidenceLedger ledger) {
        return new RefreshingLedger(ledger, this);
    }

    /** The dependencies, reporting the consumer of each one requested or changed. */
    public DependencyRepository watchingDependencies(DependencyRepository dependencies) {
        return new RefreshingDependencies(dependencies, this);
    }
}
