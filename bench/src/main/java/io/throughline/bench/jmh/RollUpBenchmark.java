package io.throughline.bench.jmh;

import io.throughline.bench.app.SyntheticWork;
import io.throughline.core.trace.DeliveryItem;
import io.throughline.core.trace.RollUp;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Figure 5b: the core roll-up of the 2,000-item trace, against one plain loop over the same items. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RollUpBenchmark {

    public static final int ITEMS = 2_000;

    private List<DeliveryItem> items;

    @Setup
    public void build() {
        SyntheticWork.Tree largest = SyntheticWork.STANDARD.get(SyntheticWork.STANDARD.size() - 1);
        items = SyntheticWork.standard().items(largest.initiative());
        if (items.size() != ITEMS) {
            throw new IllegalStateException("the largest synthetic trace has " + items.size() + " items, not " + ITEMS);
        }
    }

    /** What a trace read computes from its items: progress overall (with points), per team, and the newest change. */
    @Benchmark
    public void rollUp(Blackhole sink) {
        sink.consume(RollUp.summarize(items, true));
    }

    /** The least any roll-up does: one pass counting categories and summing points. */
    @Benchmark
    public void loopFloor(Blackhole sink) {
        int[] categories = new int[3];
        BigDecimal points = BigDecimal.ZERO;
        for (DeliveryItem item : items) {
            categories[item.category().ordinal()]++;
            if (item.points().isPresent()) {
                points = points.add(item.points().get());
            }
        }
        sink.consume(categories);
        sink.consume(points);
    }
}
