package io.throughline.bench.heap;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.throughline.bench.app.BenchApp;
import io.throughline.bench.app.JdbcFloors;
import io.throughline.bench.app.MacroRender;
import io.throughline.bench.db.BenchDatabases;
import io.throughline.store.standalone.AoDatabase;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Run in a fresh JVM (see {@link HeapFigure}): does figure 2's work {@value #RUNS} times and prints
 * the peak heap in use. Heap in use only grows between collections, so its peak is the larger of
 * the "before" sizes every collection reports (through GC notifications) and the size at the end.
 * Also prints the largest heap still in use after a collection: the live set at its fullest.
 */
public final class HeapProbe {

    static final int RUNS = 2;

    private static final AtomicLong PEAK = new AtomicLong();
    private static final AtomicLong LIVE = new AtomicLong();

    private HeapProbe() {
    }

    /** Arguments: the JDBC URL, then {@code macro} or {@code floor}. Prints "peakBytes liveBytes". */
    public static void main(String[] args) {
        listen();
        try (AoDatabase database = BenchDatabases.open(args[0])) {
            if (args[1].equals("macro")) {
                MacroRender macro = new MacroRender(BenchApp.over(database));
                for (int i = 0; i < RUNS; i++) {
                    keep(macro.render().length());
                }
            } else {
                for (int i = 0; i < RUNS; i++) {
                    keep(JdbcFloors.dependencyRows(database.dataSource()).size());
                }
            }
        }
        PEAK.accumulateAndGet(heapUsed(), Math::max);
        System.out.println(PEAK.get() + " " + LIVE.get());
    }

    private static void keep(int size) {
        if (size < 0) {
            throw new IllegalStateException("impossible");
        }
    }

    private static void listen() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                PEAK.accumulateAndGet(heapOf(info.getMemoryUsageBeforeGc()), Math::max);
                LIVE.accumulateAndGet(heapOf(info.getMemoryUsageAfterGc()), Math::max);
            }, notification -> notification.getType().equals(
                    GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION), null);
        }
    }

    private static long heapOf(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pools.containsKey(pool.getName())) {
                sum += pools.get(pool.getName()).getUsed();
            }
        }
        return sum;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
