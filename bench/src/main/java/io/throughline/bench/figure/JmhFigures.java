package io.throughline.bench.figure;

import io.throughline.bench.data.LoadedPortfolio;
import io.throughline.bench.jmh.GateBenchmark;
import io.throughline.bench.jmh.PortfolioBenchmark;
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

/** Figures 1 and 2, measured by JMH in forked JVMs (one fork per benchmark and database). */
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

    /** Results by JDBC URL, then by benchmark method name. */
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
