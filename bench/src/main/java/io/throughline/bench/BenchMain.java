package io.throughline.bench;

import io.throughline.bench.data.LoadedPortfolio;
import io.throughline.bench.data.PortfolioGenerator;
import io.throughline.bench.data.PortfolioShape;
import io.throughline.bench.db.BenchDatabases;
import io.throughline.bench.db.BenchDatabases.Kind;
import io.throughline.bench.data.EventStream;
import io.throughline.bench.figure.DeliveryFigure;
import io.throughline.bench.figure.EventsFigure;
import io.throughline.bench.figure.HttpFigures;
import io.throughline.bench.figure.JmhFigures;
import io.throughline.bench.figure.PortfolioFigure;
import io.throughline.bench.jmh.RollUpBenchmark;
import io.throughline.bench.report.Row;
import io.throughline.bench.report.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.runner.RunnerException;

/** Runs every figure (docs/performance.md) and prints one table, with the generator's parameters and the machine. */
public final class BenchMain {

    private static final int TRANSITION_WARMUP = 200;
    /** Held so the setting outlives garbage collection: Jersey's start-up warnings are not results. */
    private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        JERSEY.setLevel(java.util.logging.Level.SEVERE);
        BenchOptions options = BenchOptions.parse(args);
        long started = System.nanoTime();
        clean(options.work());
        List<PortfolioShape> shapes = options.quick()
                ? List.of(PortfolioShape.of(1_000, 5_000), PortfolioShape.of(2_000, 10_000), PortfolioShape.of(10_000, 50_000))
                : List.of(PortfolioShape.of(1_000, 5_000), PortfolioShape.of(10_000, 50_000), PortfolioShape.of(50_000, 250_000));
        Table table = new Table();
        try (BenchDatabases databases = new BenchDatabases(options.work())) {
            if (options.only() == BenchOptions.Only.TRANSITIONS) {
                progress(started, "generating and loading the transition portfolio");
                LoadedPortfolio alone = LoadedPortfolio.load(databases, Kind.H2,
                        shapes.get(0).withTransitionPairs(options.transitions() + TRANSITION_WARMUP));
                progress(started, "figure 3 alone: gate overhead on " + options.transitions() + " transitions each");
                table.addAll(HttpFigures.transitions(alone, TRANSITION_WARMUP));
                System.out.println();
                System.out.println(Machine.describe());
                table.print(System.out);
                return;
            }
            if (options.only() == BenchOptions.Only.EVENTS) {
                table.addAll(events(databases, new JmhFigures(options.quick()), options, started));
                reportEvents(options, table, started);
                return;
            }
            List<LoadedPortfolio> portfolios = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                for (PortfolioShape shape : shapes) {
                    progress(started, "generating and loading " + shape.name() + " on " + kind);
                    portfolios.add(LoadedPortfolio.load(databases, kind, shape));
                }
            }
            JmhFigures jmh = new JmhFigures(options.quick());
            if (options.only() == BenchOptions.Only.DELIVERY) {
                table.addAll(delivery(jmh, portfolios, started));
                report(options, shapes, portfolios, "", table, started);
                return;
            }
            int pairs = options.transitions() + TRANSITION_WARMUP;
            progress(started, "generating and loading the transition portfolio");
            LoadedPortfolio transitions = LoadedPortfolio.load(databases, Kind.H2, shapes.get(0).withTransitionPairs(pairs));
            List<LoadedPortfolio> smallest = portfolios.stream()
                    .filter(p -> p.plan().shape().equals(shapes.get(0))).toList();
            progress(started, "figure 1: commit gate (JMH)");
            table.addAll(jmh.gate(smallest));
            progress(started, "figure 2: portfolio dependency status (JMH)");
            var medians = jmh.portfolio(portfolios);
            progress(started, "figure 2: statements and peak heap");
            table.addAll(PortfolioFigure.rows(medians, portfolios));
            progress(started, "figure 3: gate overhead on " + options.transitions() + " transitions each");
            table.addAll(HttpFigures.transitions(transitions, TRANSITION_WARMUP));
            progress(started, "figure 4: REST under load, " + options.loadDuration().toSeconds() + " s per side");
            table.addAll(HttpFigures.load(smallest.get(0), options.loadDuration()));
            table.addAll(delivery(jmh, portfolios, started));
            table.addAll(events(databases, jmh, options, started));
            report(options, shapes, portfolios, " (+ transition portfolio " + transitions.plan().shape().name() + ")",
                    table, started);
        }
    }

    /** Figure 5: searches per trace (on the smallest portfolio), the core roll-up, the portfolio read, an issue event. */
    private static List<Row> delivery(JmhFigures jmh, List<LoadedPortfolio> portfolios, long started)
            throws RunnerException {
        List<Row> rows = new ArrayList<>();
        progress(started, "figure 5: host searches per trace");
        rows.addAll(DeliveryFigure.searches(portfolios.get(0)));
        progress(started, "figure 5: core roll-up of " + RollUpBenchmark.ITEMS + " items (JMH)");
        rows.add(jmh.rollUp());
        progress(started, "figure 5: portfolio delivery read (JMH)");
        var medians = jmh.delivery(portfolios);
        progress(started, "figure 5: statements per read and per issue event");
        rows.addAll(DeliveryFigure.rows(medians, portfolios));
        return rows;
    }

    /** Figure 6: ingestion through the store beside the floor on each database, the figures read, the replay pass. */
    private static List<Row> events(BenchDatabases databases, JmhFigures jmh, BenchOptions options, long started)
            throws RunnerException {
        EventStream stream = new EventStream(options.events(), Instant.now().truncatedTo(ChronoUnit.MINUTES));
        List<EventsFigure.Loaded> loaded = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            progress(started, String.format("figure 6: ingesting %,d events on %s, store and floor", stream.total(), kind));
            loaded.add(EventsFigure.ingest(databases, kind, stream));
        }
        progress(started, "figure 6: figures read (JMH)");
        List<Row> reads = jmh.events(loaded);
        List<Row> rows = new ArrayList<>();
        for (EventsFigure.Loaded database : loaded) {
            progress(started, "figure 6: replay pass on " + database.kind());
            List<Row> replay = EventsFigure.replay(database);
            rows.addAll(EventsFigure.rows(database).subList(0, 4));
            rows.addAll(replay);
        }
        rows.addAll(reads);
        for (EventsFigure.Loaded database : loaded) {
            List<Row> counted = EventsFigure.rows(database);
            rows.addAll(counted.subList(4, counted.size()));
        }
        return rows;
    }

    private static void reportEvents(BenchOptions options, Table table, long started) {
        System.out.println();
        System.out.println("## Throughline benchmarks, " + ZonedDateTime.now().withNano(0) + ", figure 6 alone"
                + (options.quick() ? " (QUICK RUN: not the figures)" : ""));
        System.out.println();
        System.out.println(Machine.describe());
        System.out.println(String.format("Generator: seed %d; %,d ", EventStream.SEED, options.events())
                + EventStream.PROPORTIONS + "; window " + EventStream.WINDOW_DAYS + " days.");
        System.out.println();
        table.print(System.out);
        System.out.println();
        System.out.printf("Total time %.1f min.%n", (System.nanoTime() - started) / 60e9);
    }

    private static void report(BenchOptions options, List<PortfolioShape> shapes, List<LoadedPortfolio> portfolios,
                               String extra, Table table, long started) {
        System.out.println();
        System.out.println("## Throughline benchmarks, " + ZonedDateTime.now().withNano(0)
                + (options.only() == BenchOptions.Only.DELIVERY ? ", figure 5 alone" : "")
                + (options.quick() ? " (QUICK RUN: not the figures)" : ""));
        System.out.println();
        System.out.println(Machine.describe());
        System.out.println("Generator: seed " + PortfolioShape.SEED + "; portfolios " + shapes.stream()
                .map(PortfolioShape::name).toList() + extra + "; figure 1's initiative has "
                + PortfolioShape.SUBJECT_EVIDENCE + " evidence entries and " + PortfolioShape.SUBJECT_DEPENDENCIES
                + " dependencies; " + PortfolioGenerator.PROPORTIONS + ".");
        if (options.only() == BenchOptions.Only.ALL) {
            System.out.println(String.format("Figure 6: seed %d; %,d ", EventStream.SEED, options.events())
                    + EventStream.PROPORTIONS + "; window " + EventStream.WINDOW_DAYS + " days.");
        }
        for (LoadedPortfolio portfolio : portfolios.subList(0, shapes.size())) {
            System.out.println("- " + portfolio.plan().shape().name() + ": " + portfolio.plan().teams().size()
                    + " teams, " + portfolio.plan().evidenceCount() + " evidence entries, "
                    + portfolio.plan().changeCount() + " dependency changes; " + Machine.healthMix(portfolio));
        }
        System.out.println();
        table.print(System.out);
        System.out.println();
        System.out.printf("Total time %.1f min.%n", (System.nanoTime() - started) / 60e9);
    }

    private static void progress(long started, String step) {
        System.out.printf("[%5.0f s] %s%n", (System.nanoTime() - started) / 1e9, step);
    }

    /** Empties (or creates) the work directory: every run starts from freshly loaded databases. */
    public static void clean(Path work) throws IOException {
        if (Files.exists(work)) {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(work);
    }
}
