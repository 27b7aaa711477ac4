package io.throughline.bench.figure;

import io.throughline.bench.app.PlainEvents;
import io.throughline.bench.data.EventStream;
import io.throughline.bench.db.BenchDatabases;
import io.throughline.bench.report.Latencies;
import io.throughline.bench.report.Row;
import io.throughline.bench.report.Row.Target;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.performance.DeliveryEvent;
import io.throughline.core.performance.DeliveryFigures;
import io.throughline.core.performance.DeliveryPerformance;
import io.throughline.core.performance.Window;
import io.throughline.store.performance.AoDeliveryEvents;
import io.throughline.store.standalone.AoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figure 6's ingestion and counted rows: {@link #ingest} fills one database through the store while
 * timing each batch beside the floor's plain insert of the same rows, and counts statements per
 * batch and per figures read (at a tenth of the store and at all of it); {@link #replay} re-sends
 * batches afterwards. The read's own time comes from {@link JmhFigures#events}.
 */
public final class EventsFigure {

    /** One in this many batches is re-sent whole by the replay pass. */
    private static final int REPLAY_EVERY = 10;
    private static final int MIXED_BATCHES = 10;
    private static final int FLOOR_STATEMENTS = 2;
    private static final int TIMED_READS = 15;

    private EventsFigure() {
    }

    /** A database filled with the stream, and what filling it measured. */
    public record Loaded(BenchDatabases.Kind kind, String jdbcUrl, EventStream stream, Latencies ours, Latencies floor,
                         long minStatements, long maxStatements, Read small, Read full) {

        public String label() {
            return kind == BenchDatabases.Kind.H2 ? "H2 file" : "PostgreSQL";
        }
    }

    /**
     * One figures read: statements, events read, the figures (to check the data means what it should),
     * and the p50 of {@value #TIMED_READS} reads in this JVM, ours and the floor's.
     */
    public record Read(int stored, long statements, int events, DeliveryPerformance figures, double oursMillis,
                       double floorMillis) {
    }

    /** Creates the database, then sends the stream through the store and the floor, batch by batch, alternating who goes first. */
    public static Loaded ingest(BenchDatabases databases, BenchDatabases.Kind kind, EventStream stream) {
        String url = databases.create(kind, "events");
        int batches = stream.batches();
        long[] ours = new long[batches];
        long[] floor = new long[batches];
        long minStatements = Long.MAX_VALUE;
        long maxStatements = 0;
        Read small = null;
        try (AoDatabase database = BenchDatabases.open(url).migrate()) {
            PlainEvents.createTables(database.dataSource(), kind == BenchDatabases.Kind.POSTGRES);
            AoDeliveryEvents store = new AoDeliveryEvents(database.access());
            for (int b = 0; b < batches; b++) {
                List<DeliveryEvent> batch = stream.batch(b);
                PlainEvents.Prepared rows = PlainEvents.prepare(batch);
                if (b % 2 == 1) {
                    floor[b] = timeFloor(database, rows);
                }
                long before = database.statementCount();
                long start = System.nanoTime();
                List<Boolean> fresh = store.append(batch);
                ours[b] = System.nanoTime() - start;
                long statements = database.statementCount() - before;
                if (b % 2 == 0) {
                    floor[b] = timeFloor(database, rows);
                }
                if (fresh.contains(Boolean.FALSE)) {
                    throw new IllegalStateException("batch " + b + " of new events found a duplicate");
                }
                minStatements = Math.min(minStatements, statements);
                maxStatements = Math.max(maxStatements, statements);
                if (b + 1 == batches / 10) {
                    small = read(database, stream, (b + 1) * EventStream.BATCH);
                }
            }
            Read full = read(database, stream, stream.total());
            return new Loaded(kind, url, stream, new Latencies(ours), new Latencies(floor), minStatements, maxStatements,
                    small, full);
        }
    }

    private static long timeFloor(AoDatabase database, PlainEvents.Prepared rows) {
        long start = System.nanoTime();
        PlainEvents.insert(database.dataSource(), rows);
        return System.nanoTime() - start;
    }

    /** Statements of one figures read after a first one, with what it read. */
    private static Read read(AoDatabase database, EventStream stream, int stored) {
        AoDeliveryEvents store = new AoDeliveryEvents(database.access());
        Set<InitiativeKey> attributed = EventStream.attributed();
        Map<InitiativeKey, java.time.Instant> started = stream.startedAt();
        Window window = Window.last(EventStream.WINDOW_DAYS, stream.now());
        store.relevant(attributed, window.from(), window.to());
        long before = database.statementCount();
        List<DeliveryEvent> events = store.relevant(attributed, window.from(), window.to());
        long statements = database.statementCount() - before;
        DeliveryPerformance figures = DeliveryFigures.compute(events, attributed, started, window,
                DeliveryFigures.DEFAULT_PRODUCTION);
        long[] ours = new long[TIMED_READS];
        long[] floor = new long[TIMED_READS];
        for (int i = 0; i < TIMED_READS; i++) {
            long start = System.nanoTime();
            DeliveryFigures.compute(store.relevant(attributed, window.from(), window.to()), attributed, started, window,
                    DeliveryFigures.DEFAULT_PRODUCTION);
            ours[i] = System.nanoTime() - start;
            start = System.nanoTime();
            PlainEvents.attributedRows(database.dataSource(), List.copyOf(attributed), i % 2 == 1, value -> { });
            floor[i] = System.nanoTime() - start;
        }
        return new Read(stored, statements, events.size(), figures, new Latencies(ours).percentileMillis(50),
                new Latencies(floor).percentileMillis(50));
    }

    /** 6a's throughput, latency and statement rows, then 6b's counted rows, for one database. */
    public static List<Row> rows(Loaded loaded) {
        EventStream stream = loaded.stream();
        String where = String.format("%,d events in %,d batches of %,d, %s", stream.total(), stream.batches(),
                EventStream.BATCH, loaded.label());
        double oursRate = stream.total() / (loaded.ours().meanMillis() * loaded.ours().count() / 1e3);
        double floorRate = stream.total() / (loaded.floor().meanMillis() * loaded.floor().count() / 1e3);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("6a event ingestion", where + ", throughput", oursRate, floorRate, "events/s",
                Target.atLeast(0.5)));
        rows.add(new Row("6a event ingestion", where + ", p50 per batch", loaded.ours().percentileMillis(50),
                loaded.floor().percentileMillis(50), "ms", Target.none("(context)")));
        rows.add(new Row("6a event ingestion", where + ", p99 per batch", loaded.ours().percentileMillis(99),
                loaded.floor().percentileMillis(99), "ms", Target.none("(context)")));
        long expected = (EventStream.BATCH + 499) / 500 + 2;
        rows.add(new Row("6a statements per batch", loaded.label() + ", new events, " + (loaded.minStatements()
                == loaded.maxStatements() ? "every batch" : "max of " + loaded.minStatements() + "-"
                + loaded.maxStatements()), loaded.maxStatements(), FLOOR_STATEMENTS, "stmts",
                Target.value(expected, "<= 1 key read per 500 + 2 inserts")));
        for (Read read : List.of(loaded.small(), loaded.full())) {
            rows.add(new Row("6b statements per read", String.format("%,d stored, %s", read.stored(), loaded.label()),
                    read.statements(), 1, "stmts", Target.value(loaded.small().statements(), "same at every size")));
        }
        for (Read read : List.of(loaded.small(), loaded.full())) {
            rows.add(new Row("6b figures read", String.format("%,d stored, %s, in this JVM, p50 of %d", read.stored(),
                    loaded.label(), TIMED_READS), read.oursMillis(), read.floorMillis(), "ms",
                    Target.none("(context: growth)")));
        }
        for (Read read : List.of(loaded.small(), loaded.full())) {
            DeliveryPerformance f = read.figures();
            rows.add(new Row("6b events read", String.format("%,d stored, %s; counted %d deployments, %d failed"
                            + " (%d inferred), %d open", read.stored(), loaded.label(), f.deployments(),
                    f.changeFailRate().failed(), f.changeFailRate().inferred(), f.recoveryTime().open()),
                    read.events(), EventStream.ATTRIBUTED, "events", Target.none("(context: floor = attributed)")));
        }
        return rows;
    }

    /**
     * After the read figure: re-sends every {@value #REPLAY_EVERY}th batch whole (all duplicates), then
     * {@value #MIXED_BATCHES} batches of half re-sent, half new background events; timed and counted.
     */
    public static List<Row> replay(Loaded loaded) {
        EventStream stream = loaded.stream();
        List<Long> nanos = new ArrayList<>();
        long minStatements = Long.MAX_VALUE;
        long maxStatements = 0;
        long minMixed = Long.MAX_VALUE;
        long maxMixed = 0;
        try (AoDatabase database = BenchDatabases.open(loaded.jdbcUrl())) {
            AoDeliveryEvents store = new AoDeliveryEvents(database.access());
            for (int b = REPLAY_EVERY / 2; b < stream.batches(); b += REPLAY_EVERY) {
                List<DeliveryEvent> batch = stream.batch(b);
                long before = database.statementCount();
                long start = System.nanoTime();
                List<Boolean> fresh = store.append(batch);
                nanos.add(System.nanoTime() - start);
                long statements = database.statementCount() - before;
                if (fresh.contains(Boolean.TRUE)) {
                    throw new IllegalStateException("replayed batch " + b + " stored an event again");
                }
                minStatements = Math.min(minStatements, statements);
                maxStatements = Math.max(maxStatements, statements);
            }
            for (int m = 0; m < MIXED_BATCHES; m++) {
                List<DeliveryEvent> batch = new ArrayList<>(stream.batch(m * (stream.batches() / MIXED_BATCHES) + 1).subList(0, EventStream.BATCH / 2));
                batch.addAll(stream.extraBackground(m, EventStream.BATCH / 2));
                long before = database.statementCount();
                List<Boolean> fresh = store.append(batch);
                long statements = database.statementCount() - before;
                long duplicates = fresh.stream().filter(f -> !f).count();
                if (duplicates != EventStream.BATCH / 2) {
                    throw new IllegalStateException("a mixed batch found " + duplicates + " duplicates");
                }
                minMixed = Math.min(minMixed, statements);
                maxMixed = Math.max(maxMixed, statements);
            }
        }
        Latencies replay = new Latencies(nanos.stream().mapToLong(Long::longValue).toArray());
        long reads = (EventStream.BATCH + 499) / 500;
        return List.of(
                new Row("6a replay", String.format("%d batches re-sent whole (all duplicates), %s, p50 per batch",
                        replay.count(), loaded.label()), replay.percentileMillis(50), loaded.ours().percentileMillis(50),
                        "ms", Target.none("(context: floor = ours, new events)")),
                new Row("6a statements per batch", loaded.label() + ", all duplicates" + range(minStatements, maxStatements),
                        maxStatements, FLOOR_STATEMENTS, "stmts", Target.value(reads, "key reads only")),
                new Row("6a statements per batch", loaded.label() + ", half duplicates" + range(minMixed, maxMixed),
                        maxMixed, FLOOR_STATEMENTS, "stmts", Target.value(reads + 2, "<= 1 key read per 500 + 2 inserts")));
    }

    private static String range(long min, long max) {
        return min == max ? ", every batch" : ", max of " + min + "-" + max;
    }
}
