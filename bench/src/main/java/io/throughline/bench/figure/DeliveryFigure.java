package io.throughline.bench.figure;

import io.throughline.bench.app.BenchApp;
import io.throughline.bench.app.SyntheticWork;
import io.throughline.bench.data.LoadedPortfolio;
import io.throughline.bench.db.BenchDatabases;
import io.throughline.bench.report.Row;
import io.throughline.bench.report.Row.Target;
import io.throughline.core.Throughline;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.trace.Trace;
import io.throughline.store.standalone.AoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figure 5's counted rows (searches per trace, statements per portfolio read and per issue event)
 * and its timed portfolio rows; the roll-up's own time comes from {@link JmhFigures#rollUp()}.
 */
public final class DeliveryFigure {

    private static final int LEVELS = 3;

    private DeliveryFigure() {
    }

    /** 5a: host searches per trace read, for each standard trace, smallest first. */
    public static List<Row> searches(LoadedPortfolio portfolio) {
        List<Row> rows = new ArrayList<>();
        try (AoDatabase database = BenchDatabases.open(portfolio.jdbcUrl())) {
            SyntheticWork work = SyntheticWork.standard();
            Throughline app = BenchApp.over(database, work);
            long first = -1;
            for (SyntheticWork.Tree tree : SyntheticWork.STANDARD) {
                long before = work.calls();
                Trace trace = app.trace().trace(BenchApp.VIEWER, tree.initiative());
                long searches = work.calls() - before;
                if (trace.items().size() != tree.shape().items() || trace.truncated()) {
                    throw new IllegalStateException("the trace of " + tree.initiative().value() + " has "
                            + trace.items().size() + " items, not " + tree.shape().items());
                }
                first = first < 0 ? searches : first;
                SyntheticWork.Shape shape = tree.shape();
                rows.add(new Row("5a searches per trace", shape.items() + " items, " + shape.epics() + " epics x "
                        + shape.storiesPerEpic() + " stories x " + shape.subTasksPerStory() + " sub-tasks, "
                        + portfolio.label(), searches, LEVELS, "searches", Target.value(first, "same at every size")));
            }
        }
        return rows;
    }

    /** 5c's p50 and statements per read, then 5d's statements per issue event, at each size and database. */
    public static List<Row> rows(Map<LoadedPortfolio, double[]> medians, List<LoadedPortfolio> portfolios) {
        List<Row> rows = new ArrayList<>();
        for (LoadedPortfolio portfolio : portfolios) {
            double[] m = medians.get(portfolio);
            rows.add(new Row("5c portfolio delivery", portfolio.label() + ", " + portfolio.plan().rollUps().size()
                    + " roll-ups, p50", m[0], m[1], "ms", Target.ratio(2)));
        }
        for (BenchDatabases.Kind kind : BenchDatabases.Kind.values()) {
            long firstRead = -1;
            long firstEvent = -1;
            for (LoadedPortfolio portfolio : portfolios.stream().filter(p -> p.kind() == kind).toList()) {
                long read = statementsPerRead(portfolio);
                firstRead = firstRead < 0 ? read : firstRead;
                rows.add(new Row("5c statements", portfolio.label() + ", per read", read, 1, "stmts",
                        Target.value(firstRead, "same at every size")));
                long[] event = statementsPerIssueEvent(portfolio);
                firstEvent = firstEvent < 0 ? event[0] : firstEvent;
                rows.add(new Row("5d roll-up update", portfolio.label() + ", one story's event, " + event[1]
                        + " host calls", event[0], 1, "stmts", Target.value(firstEvent, "same at every size")));
            }
        }
        return rows;
    }

    /** Statements of one portfolio delivery read, after a first read; checks the viewer saw every roll-up. */
    private static long statementsPerRead(LoadedPortfolio portfolio) {
        try (AoDatabase database = BenchDatabases.open(portfolio.jdbcUrl())) {
            Throughline app = BenchApp.over(database);
            app.rollUps().portfolio(BenchApp.VIEWER, Set.of());
            long before = database.statementCount();
            int seen = app.rollUps().portfolio(BenchApp.VIEWER, Set.of()).initiatives().size();
            long statements = database.statementCount() - before;
            if (seen != portfolio.plan().rollUps().size()) {
                throw new IllegalStateException("the viewer saw " + seen + " roll-ups of "
                        + portfolio.plan().rollUps().size());
            }
            return statements;
        }
    }

    /**
     * Statements and host calls of {@code issueChanged} for the first story of the largest trace (two
     * levels under its initiative), after a first event; checks the event refreshed that initiative alone.
     */
    private static long[] statementsPerIssueEvent(LoadedPortfolio portfolio) {
        try (AoDatabase database = BenchDatabases.open(portfolio.jdbcUrl())) {
            SyntheticWork work = SyntheticWork.standard();
            Throughline app = BenchApp.over(database, work);
            InitiativeKey initiative = SyntheticWork.STANDARD.get(SyntheticWork.STANDARD.size() - 1).initiative();
            InitiativeKey story = work.firstStory(initiative);
            app.rollUps().issueChanged(story);
            long before = database.statementCount();
            long calls = work.calls();
            List<InitiativeKey> refreshed = app.rollUps().issueChanged(story);
            long statements = database.statementCount() - before;
            if (!refreshed.equals(List.of(initiative))) {
                throw new IllegalStateException("the event on " + story.value() + " refreshed " + refreshed);
            }
            return new long[] {statements, work.calls() - calls};
        }
    }
}
