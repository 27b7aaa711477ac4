package io.throughline.bench.profile;

import io.throughline.bench.BenchMain;
import io.throughline.bench.app.BenchApp;
import io.throughline.bench.app.JdbcFloors;
import io.throughline.bench.app.MacroRender;
import io.throughline.bench.data.LoadedPortfolio;
import io.throughline.bench.data.PortfolioShape;
import io.throughline.bench.db.BenchDatabases;
import io.throughline.core.Throughline;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.store.standalone.AoDatabase;
import io.throughline.bench.app.PlainEvents;
import io.throughline.bench.data.EventStream;
import io.throughline.bench.figure.EventsFigure;
import io.throughline.core.performance.DeliveryFigures;
import io.throughline.core.performance.Window;
import io.throughline.store.performance.AoDeliveryEvents;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Arrays;

/**
 * Loops one figure's work on one portfolio so a profiler (JFR) sees only that work. Not part of the
 * table: {@code java -XX:StartFlightRecording=filename=p.jfr -cp benchmarks.jar
 * io.throughline.bench.profile.ProfileMain gate|portfolio 1000 5000 [h2|postgres] [seconds]}, or
 * {@code ... ProfileMain events 1000000 0 [h2|postgres] [seconds]} (figure 6b over a stream of that
 * many events, ingested as figure 6a does). It prints the median of each side so a change can be
 * compared before the full run.
 */
public final class ProfileMain {

    private ProfileMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ProfileMain gate|portfolio INITIATIVES DEPENDENCIES [h2|postgres] [seconds]"
                    + " | ProfileMain events EVENTS 0 [h2|postgres] [seconds]");
            System.exit(2);
        }
        String figure = args[0];
        if (figure.equals("events")) {
            events(Integer.parseInt(args[1]), args.length > 3 && args[3].equals("postgres")
                    ? BenchDatabases.Kind.POSTGRES : BenchDatabases.Kind.H2, args.length > 4 ? Double.parseDouble(args[4]) : 20);
            return;
        }
        PortfolioShape shape = PortfolioShape.of(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        BenchDatabases.Kind kind = args.length > 3 && args[3].equals("postgres")
                ? BenchDatabases.Kind.POSTGRES : BenchDatabases.Kind.H2;
        double seconds = args.length > 4 ? Double.parseDouble(args[4]) : 20;
        Path work = Path.of("target", "profile-work");
        BenchMain.clean(work);
        try (BenchDatabases databases = new BenchDatabases(work)) {
            LoadedPortfolio portfolio = LoadedPortfolio.load(databases, kind, shape);
            try (AoDatabase database = BenchDatabases.open(portfolio.jdbcUrl())) {
                Throughline app = BenchApp.over(database);
                Runnable ours;
                Runnable floor;
                if (figure.equals("gate")) {
                    InitiativeKey subject = portfolio.plan().gateSubject();
                    PolicyParameters parameters = PolicyParameters.defaults();
                    ours = () -> app.gates().commitReadiness(BenchApp.VIEWER, subject, parameters);
                    floor = () -> JdbcFloors.gateReads(database.dataSource(), subject.value(), row -> { });
                } else {
                    MacroRender macro = new MacroRender(app);
                    ours = macro::render;
                    floor = () -> JdbcFloors.dependencyScan(database.dataSource(), row -> { });
                }
                System.out.printf("%s %s %s: ours median %.3f ms, floor median %.3f ms%n", figure, shape.name(), kind,
                        median(ours, seconds), median(floor, seconds / 4));
            }
        }
    }

    /** Figure 6b alone: one initiative's figures over the stream, against the floor's plain select. */
    private static void events(int total, BenchDatabases.Kind kind, double seconds) throws Exception {
        Path work = Path.of("target", "profile-work");
        BenchMain.clean(work);
        EventStream stream = new EventStream(total, java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        try (BenchDatabases databases = new BenchDatabases(work)) {
            EventsFigure.Loaded loaded = EventsFigure.ingest(databases, kind, stream);
            try (AoDatabase database = BenchDatabases.open(loaded.jdbcUrl())) {
                AoDeliveryEvents store = new AoDeliveryEvents(database.access());
                Set<InitiativeKey> attributed = EventStream.attributed();
                Map<InitiativeKey, java.time.Instant> started = stream.startedAt();
                Window window = Window.last(EventStream.WINDOW_DAYS, stream.now());
                Runnable ours = () -> DeliveryFigures.compute(store.relevant(attributed, window.from(), window.to()),
                        attributed, started, window, DeliveryFigures.DEFAULT_PRODUCTION);
                List<InitiativeKey> keys = List.copyOf(attributed);
                boolean[] reversed = {false};
                Runnable floor = () -> {
                    reversed[0] = !reversed[0];
                    PlainEvents.attributedRows(database.dataSource(), keys, reversed[0], row -> { });
                };
                System.out.printf("events %,d %s: ours median %.3f ms, floor median %.3f ms%n", total, kind,
                        median(ours, seconds), median(floor, seconds / 4));
            }
        }
    }

    private static double median(Runnable work, double seconds) {
        long until = System.nanoTime() + (long) (seconds * 1e9);
        long[] samples = new long[1 << 20];
        int n = 0;
        while (System.nanoTime() < until && n < samples.length) {
            long start = System.nanoTime();
            work.run();
            samples[n++] = System.nanoTime() - start;
        }
        long[] taken = Arrays.copyOf(samples, n);
        Arrays.sort(taken);
        return taken[n / 2] / 1e6;
    }
}
