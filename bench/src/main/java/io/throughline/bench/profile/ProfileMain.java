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
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Loops one figure's work on one portfolio so a profiler (JFR) sees only that work. Not part of the
 * table: {@code java -XX:StartFlightRecording=filename=p.jfr -cp benchmarks.jar
 * io.throughline.bench.profile.ProfileMain gate|portfolio 1000 5000 [h2|postgres] [seconds]}.
 * It prints the median of each side so a change can be compared before the full run.
 */
public final class ProfileMain {

    private ProfileMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ProfileMain gate|portfolio INITIATIVES DEPENDENCIES [h2|postgres] [seconds]");
            System.exit(2);
        }
        String figure = args[0];
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
