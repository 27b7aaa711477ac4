package io.throughline.core.scorecard;

import io.throughline.core.common.Transactions;
import io.throughline.core.dependency.DependencyRepository;
import io.throughline.core.evidence.EvidenceLedger;
import io.throughline.core.initiative.ChangeObserver;
import io.throughline.core.initiative.InitiativeKey;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps the stored scorecard lines in step with the writes that change them: the ledger, the
 * dependencies and the initiatives (through their change observer) report the initiative a write
 * touched, and once the outermost transaction on the thread has committed, each one's line is
 * recomputed. A write that rolls back refreshes nothing; a refresh that fails leaves the write
 * standing (the day-change job recomputes every line) and is logged.
 */
public final class LineRefresh implements Transactions {

    private static final System.Logger LOG = System.getLogger(LineRefresh.class.getName());

    private final Transactions inner;
    private final ThreadLocal<Set<InitiativeKey>> pending = ThreadLocal.withInitial(LinkedHashSet::new);
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    private volatile Consumer<InitiativeKey> refresh = key -> { };

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
                List<InitiativeKey> touched = List.copyOf(pending.get());
                pending.remove();
                depth.remove();
                if (committed) {
                    touched.forEach(this::refreshNow);
                }
            }
        }
        return result;
    }

    /** The initiative's line is out of date: refreshed after the open transaction commits, or now outside one. */
    public void changed(InitiativeKey key) {
        if (depth.get()[0] > 0) {
            pending.get().add(key);
        } else {
            depth.remove();
            refreshNow(key);
        }
    }

    private void refreshNow(InitiativeKey key) {
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

    /** The ledger, reporting the initiative of each entry appended or confirmed. */
    public EvidenceLedger watchingEvidence(EvidenceLedger ledger) {
        return new RefreshingLedger(ledger, this);
    }

    /** The dependencies, reporting the consumer of each one requested or changed. */
    public DependencyRepository watchingDependencies(DependencyRepository dependencies) {
        return new RefreshingDependencies(dependencies, this);
    }
}
