package io.throughline.bench.jmh;

import io.throughline.bench.app.PlainEvents;
import io.throughline.bench.data.EventStream;
import io.throughline.bench.db.BenchDatabases;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.performance.DeliveryFigures;
import io.throughline.core.performance.DeliveryPerformance;
import io.throughline.core.performance.Window;
import io.throughline.store.performance.AoDeliveryEvents;
import io.throughline.store.standalone.AoDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

/**
 * Figure 6b: one initiative's delivery figures (the store's read of what they need, then the pure
 * computation) among all stored events, against one plain select of the events its keys attribute.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EventsBenchmark {

    @Param("")
    public String jdbcUrl;

    /** The stream's size and its "now" (epoch millis): the window is the one the stream was drawn for. */
    @Param("0")
    public int total;

    @Param("0")
    public long nowMillis;

    private AoDatabase database;
    private AoDeliveryEvents store;
    private Set<InitiativeKey> attributed;
    private List<InitiativeKey> keys;
    private boolean reversed;
    private Map<InitiativeKey, Instant> started;
    private Window window;

    @Setup
    public void open() {
        database = BenchDatabases.open(jdbcUrl);
        store = new AoDeliveryEvents(database.access());
        EventStream stream = new EventStream(total, Instant.ofEpochMilli(nowMillis));
        attributed = EventStream.attributed();
        keys = List.copyOf(attributed);
        started = stream.startedAt();
        window = Window.last(EventStream.WINDOW_DAYS, stream.now());
        if (figures().deployments() == 0) {
            throw new IllegalStateException("no deployment of the subject counts in " + jdbcUrl);
        }
    }

    @TearDown
    public void close() {
        database.close();
    }

    @Benchmark
    public DeliveryPerformance figures() {
        return DeliveryFigures.compute(store.relevant(attributed, window.from(), window.to()), attributed, started,
                window, DeliveryFigures.DEFAULT_PRODUCTION);
    }

    @Benchmark
    public int jdbcFloor(Blackhole sink) {
        reversed = !reversed;
        return PlainEvents.attributedRows(database.dataSource(), keys, reversed, sink::consume);
    }
}
