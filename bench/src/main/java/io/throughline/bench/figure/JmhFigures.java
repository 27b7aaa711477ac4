package io.throughline.bench.figure;

import io.throughline.bench.data.LoadedPortfolio;
import io.throughline.bench.data.EventStream;
import io.throughline.bench.jmh.DeliveryBenchmark;
import io.throughline.bench.jmh.EventsBenchmark;
import io.throughline.bench.jmh.GateBenchmark;
import io.throughline.bench.jmh.PortfolioBenchmark;
import io.throughline.bench.jmh.RollUpBenchmark;
import io.throughline.bench.report.Row;
import io.throughline.bench.report.Row.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Figures 1, 2, 5b, 5c and 6b, measured by JMH in forked JVMs (one fork per benchmark and database). */
public final class JmhFigures {

    private final boolean quick;

    public JmhFigures(boolean quick) {
        this.quick = quick;
    }

    /** Figure 1 on each database: p50 and p99 of the gate against the JDBC floor. */
    public List<Row> gate(List<LoadedPortfolio> portfolios) throws RunnerException {
        ChainedOptionsBuilder options = options(GateBenchmark.class, quick ? 2 : 3, 1, quick ? 3 : 5, 1)
                .param("jdbcUrl", urls(portfolios))
                .param("subject", portfolios.get(0).plan().gateSubject().value());
        Map<String, Map<String, RunResult>> results = byUrl(new Runner(options.build()).run());
        List<Row> rows = new ArrayList<>();
        for (LoadedPortfolio portfolio : portfolios) {
            Map<String, RunResult> result = results.get(portfolio.jdbcUrl());
            String where = portfolio.label() + ", 200 evidence + 50 dependencies";
            for (double percentile : new double[] {50, 99}) {
                Target target = percentile == 99 && portfolio.kind() == io.throughline.bench.db.BenchDatabases.Kind.H2
                        ? new Target("ratio <= 1.5, <= 2000 us", 1.5, 2000.0) : Target.ratio(1.5);
                rows.add(new Row("1 commit gate", where + ", p" + (int) percentile,
                        percentile(result.get("gate"), percentile), percentile(result.get("jdbcFloor"), percentile),
                        "us", target));
            }
        }
        return rows;
    }

    /** Figure 2 at each size and database: p50 of a macro render against the scan; keyed by portfolio. */
    public Map<LoadedPortfolio, double[]> portfolio(List<LoadedPortfolio> portfolios) throws RunnerException {
        ChainedOptionsBuilder options = options(PortfolioBenchmark.class, 1, 1, 3, quick ? 1 : 2)
                .param("jdbcUrl", urls(portfolios));
        Map<String, Map<String, RunResult>> results = byUrl(new Runner(options.build()).run());
        Map<LoadedPortfolio, double[]> medians = new LinkedHashMap<>();
        for (LoadedPortfolio portfolio : portfolios) {
            Map<String, RunResult> result = results.get(portfolio.jdbcUrl());
            medians.put(portfolio, new double[] {percentile(result.get("macro"), 50),
                    percentile(result.get("jdbcFloor"), 50)});
        }
        return medians;
    }

    /**
     * Figure 5b: p50 of the core roll-up of 2,000 items against one plain loop over them. The issue
     * names only the 1 ms; the ratio bound is ours: the roll-up makes three passes (overall, per team,
     * newest change) where the loop makes one, and groups by team.
     */
    public Row rollUp() throws RunnerException {
        ChainedOptionsBuilder options = options(RollUpBenchmark.class, quick ? 2 : 3, 1, quick ? 3 : 5, 1);
        Map<String, RunResult> result = byUrl(new Runner(options.build()).run()).values().iterator().next();
        return new Row("5b core roll-up", RollUpBenchmark.ITEMS + " items, 3 levels, 6 teams, estimates on, p50",
                percentile(result.get("rollUp"), 50), percentile(result.get("loopFloor"), 50), "us",
                new Target("ratio <= 4, <= 1000 us", 4.0, 1000.0));
    }

    /** Figure 5c at each size and database: p50 of the portfolio delivery read against the scan; keyed by portfolio. */
    public Map<LoadedPortfolio, double[]> delivery(List<LoadedPortfolio> portfolios) throws RunnerException {
        ChainedOptionsBuilder options = options(DeliveryBenchmark.class, 2, 1, 3, quick ? 1 : 2)
                .param("jdbcUrl", urls(portfolios));
        Map<String, Map<String, RunResult>> results = byUrl(new Runner(options.build()).run());
        Map<LoadedPortfolio, double[]> medians = new LinkedHashMap<>();
        for (LoadedPortfolio portfolio : portfolios) {
            Map<String, RunResult> result = results.get(portfolio.jdbcUrl());
            medians.put(portfolio, new double[] {percentile(result.get("portfolio"), 50),
                    percentile(result.get("jdbcFloor"), 50)});
        }
        return medians;
    }

    /**
     * Figure 6b on each database: p50 of one initiative's figures (the store's read and the
     * computation) against one plain select of the events its keys attribute.
     */
    public List<Row> events(List<EventsFigure.Loaded> loaded) throws RunnerException {
        EventsFigure.Loaded first = loaded.get(0);
        ChainedOptionsBuilder options = options(EventsBenchmark.class, 2, 1, 3, quick ? 1 : 2)
                .param("jdbcUrl", loaded.stream().map(EventsFigure.Loaded::jdbcUrl).toArray(String[]::new))
                .param("total", String.valueOf(first.stream().total()))
                .param("nowMillis", String.valueOf(first.stream().now().toEpochMilli()));
        Map<String, Map<String, RunResult>> results = byUrl(new Runner(options.build()).run());
        List<Row> rows = new ArrayList<>();
        for (EventsFigure.Loaded database : loaded) {
            Map<String, RunResult> result = results.get(database.jdbcUrl());
            rows.add(new Row("6b figures read", String.format("%,d stored, %,d attributed, %,d keys, %s, p50",
                    database.stream().total(), EventStream.ATTRIBUTED, EventStream.TRACE_ITEMS + 1, database.label()),
                    percentile(result.get("figures"), 50), percentile(result.get("jdbcFloor"), 50), "ms",
                    Target.ratio(3)));
        }
        return rows;
    }

    private static ChainedOptionsBuilder options(Class<?> benchmark, int warmups, int warmupSeconds, int iterations,
                                                 int seconds) {
        return new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
                .forks(1)
                .warmupIterations(warmups).warmupTime(TimeValue.seconds(warmupSeconds))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(seconds))
                .verbosity(VerboseMode.SILENT)
                .shouldFailOnError(true);
    }

    private static String[] urls(List<LoadedPortfolio> portfolios) {
        return portfolios.stream().map(LoadedPortfolio::jdbcUrl).toArray(String[]::new);
    }

    /** Results by JDBC URL (null for a benchmark without one), then by benchmark method name. */
    private static Map<String, Map<String, RunResult>> byUrl(Collection<RunResult> results) {
        Map<String, Map<String, RunResult>> byUrl = new LinkedHashMap<>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            byUrl.computeIfAbsent(result.getParams().getParam("jdbcUrl"), url -> new LinkedHashMap<>())
                    .put(method.substring(method.lastIndexOf('.') + 1), result);
        }
        return byUrl;
    }

    private static double percentile(RunResult result, double percentile) {
        return result == null ? Double.NaN : result.getPrimaryResult().getStatistics().getPercentile(percentile);
    }
}
