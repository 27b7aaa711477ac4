package io.throughline.bench.figure;

import io.throughline.bench.app.BenchApp;
import io.throughline.bench.app.MacroRender;
import io.throughline.bench.data.LoadedPortfolio;
import io.throughline.bench.db.BenchDatabases;
import io.throughline.bench.heap.HeapFigure;
import io.throughline.bench.report.Row.Target;
import io.throughline.bench.report.Row;
import io.throughline.confluence.web.json.JsonReader;
import io.throughline.store.standalone.AoDatabase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Figure 2's rows: time at each size, linearity, statements per render, and peak heap at the largest size. */
public final class PortfolioFigure {

    private static final double MIB = 1024.0 * 1024.0;
    private static final String MAX_HEAP = "512m";

    private PortfolioFigure() {
    }

    /** {@code medians}: per portfolio, the macro's and the floor's p50 in ms, smallest size first per database. */
    public static List<Row> rows(Map<LoadedPortfolio, double[]> medians, List<LoadedPortfolio> portfolios)
            throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        for (LoadedPortfolio portfolio : portfolios) {
            double[] m = medians.get(portfolio);
            rows.add(new Row("2 portfolio status", portfolio.label() + ", p50", m[0], m[1], "ms", Target.ratio(2)));
        }
        for (BenchDatabases.Kind kind : BenchDatabases.Kind.values()) {
            List<LoadedPortfolio> sizes = portfolios.stream().filter(p -> p.kind() == kind).toList();
            if (sizes.size() < 2) {
                continue;
            }
            double[] mid = medians.get(sizes.get(sizes.size() - 2));
            double[] large = medians.get(sizes.get(sizes.size() - 1));
            rows.add(new Row("2 linearity", sizes.get(sizes.size() - 1).label() + " / "
                    + sizes.get(sizes.size() - 2).plan().shape().name(), large[0] / mid[0], large[1] / mid[1], "x",
                    Target.value(5.5, "ours <= 5.5")));
            long first = -1;
            for (LoadedPortfolio size : sizes) {
                long[] counted = statementsPerRender(size.jdbcUrl());
                first = first < 0 ? counted[0] : first;
                rows.add(new Row("2 statements", size.label() + ", per render", counted[0], 1, "stmts",
                        Target.value(first, "same at every size")));
                rows.add(new Row("2 REST body", size.label() + ", what the macro must read", counted[1] / MIB,
                        JsonReader.DEFAULT_MAX_CHARS / MIB, "Mi chars", Target.value(JsonReader.DEFAULT_MAX_CHARS / MIB,
                        "<= the macro's " + JsonReader.DEFAULT_MAX_CHARS / MIB + " Mi-char reader limit")));
            }
        }
        LoadedPortfolio largest = portfolios.stream().filter(p -> p.kind() == BenchDatabases.Kind.H2)
                .reduce((a, b) -> b).orElseThrow();
        HeapFigure heap = new HeapFigure(MAX_HEAP);
        HeapFigure.Result ours = heap.measure(largest.jdbcUrl(), "macro");
        HeapFigure.Result floor = heap.measure(largest.jdbcUrl(), "floor");
        rows.add(new Row("2 peak heap", largest.label() + ", fresh JVM -Xmx" + MAX_HEAP + ", peak in use"
                + (ours.failed() ? " (FAILED: " + ours.detail() + ")" : ""), mib(ours), mib(floor), "MiB",
                Target.value(512, "<= 512 MiB")));
        rows.add(new Row("2 peak heap", largest.label() + ", largest live set after a GC", live(ours), live(floor),
                "MiB", Target.none("(context)")));
        return rows;
    }

    /** Statements AO sends for one render, after a first render has warmed every cache; and the REST body's size. */
    static long[] statementsPerRender(String jdbcUrl) {
        try (AoDatabase database = BenchDatabases.open(jdbcUrl)) {
            MacroRender macro = new MacroRender(BenchApp.over(database));
            macro.render();
            long before = database.statementCount();
            macro.render();
            return new long[] {database.statementCount() - before, macro.bodyChars()};
        }
    }

    private static double mib(HeapFigure.Result result) {
        return result.failed() ? Double.NaN : result.peak() / MIB;
    }

    private static double live(HeapFigure.Result result) {
        return result.failed() ? Double.NaN : result.live() / MIB;
    }
}
