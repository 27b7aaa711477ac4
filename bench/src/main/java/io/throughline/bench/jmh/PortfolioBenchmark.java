package io.throughline.bench.jmh;

import io.throughline.bench.app.BenchApp;
import io.throughline.bench.app.JdbcFloors;
import io.throughline.bench.app.MacroRender;
import io.throughline.bench.db.BenchDatabases;
import io.throughline.store.standalone.AoDatabase;
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

/** Figure 2: portfolio dependency status rendered by the macro, against a raw scan of the dependency rows. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PortfolioBenchmark {

    @Param("")
    public String jdbcUrl;

    private AoDatabase database;
    private MacroRender macro;

    @Setup
    public void open() {
        database = BenchDatabases.open(jdbcUrl);
        macro = new MacroRender(BenchApp.over(database));
        String html = macro.render();
        if (!html.contains("throughline-list")) {
            throw new IllegalStateException("the macro rendered no dependency list: " + html.substring(0, Math.min(500, html.length())));
        }
    }

    @TearDown
    public void close() {
        database.close();
    }

    @Benchmark
    public String macro() {
        return macro.render();
    }

    @Benchmark
    public void jdbcFloor(Blackhole sink) {
        JdbcFloors.dependencyScan(database.dataSource(), sink::consume);
    }
}
