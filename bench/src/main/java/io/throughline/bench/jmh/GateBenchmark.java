package io.throughline.bench.jmh;

import io.throughline.bench.app.BenchApp;
import io.throughline.bench.app.JdbcFloors;
import io.throughline.bench.db.BenchDatabases;
import io.throughline.core.Throughline;
import io.throughline.core.gate.GateReport;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.gate.Verdict;
import io.throughline.core.initiative.InitiativeKey;
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

/** Figure 1: the commit gate with its store reads, against plain JDBC reading the same rows. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GateBenchmark {

    @Param("")
    public String jdbcUrl;

    @Param("")
    public String subject;

    private AoDatabase database;
    private Throughline app;
    private InitiativeKey key;
    private final PolicyParameters parameters = PolicyParameters.defaults();

    @Setup
    public void open() {
        database = BenchDatabases.open(jdbcUrl);
        app = BenchApp.over(database);
        key = InitiativeKey.parse(subject);
        if (gate().verdict() instanceof Verdict.Blocked) {
            throw new IllegalStateException("the subject must pass the gate, so every policy runs to the end");
        }
    }

    @TearDown
    public void close() {
        database.close();
    }

    @Benchmark
    public GateReport gate() {
        return app.gates().commitReadiness(BenchApp.VIEWER, key, parameters);
    }

    @Benchmark
    public void jdbcFloor(Blackhole sink) {
        JdbcFloors.gateReads(database.dataSource(), subject, sink::consume);
    }
}
