package io.throughline.bench.jmh;

import io.throughline.bench.app.BenchApp;
import io.throughline.bench.app.JdbcFloors;
import io.throughline.bench.db.BenchDatabases;
import io.throughline.core.Throughline;
import io.throughline.core.trace.RollUpService.PortfolioDelivery;
import io.throughline.store.standalone.AoDatabase;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/** Figure 5c: the portfolio's stored roll-ups as the viewer may see them, against a raw scan of the roll-up table. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DeliveryBenchmark {

    @Param("")
    public String jdbcUrl;

    private AoDatabase database;
    private Throughline app;

    @Setup
    public void open() {
        database = BenchDatabases.open(jdbcUrl);
        app = BenchApp.over(database);
        if (portfolio().initiatives().isEmpty()) {
            throw new IllegalStateException("the viewer sees no stored roll-up in " + jdbcUrl);
        }
    }

    @TearDown
    public void close() {
        database.close();
    }

    @Benchmark
    public PortfolioDelivery portfolio() {
        return app.rollUps().portfolio(BenchApp.VIEWER, Set.of());
    }

    @Benchmark
    public void jdbcFloor(Blackhole sink) {
        JdbcFloors.rollUpScan(database.dataSource(), sink::consume);
    }
}
