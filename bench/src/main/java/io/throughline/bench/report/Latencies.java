package io.throughline.bench.report;

import java.util.Arrays;

/** Latencies in nanoseconds, summarised. */
public record Latencies(long[] nanos) {

    public Latencies {
        nanos = nanos.clone();
        Arrays.sort(nanos);
    }

    public double percentileMillis(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(nanos.length - 1, Math.ceil(p / 100.0 * nanos.length) - 1);
        return nanos[Math.max(0, index)] / 1e6;
    }

    public double meanMillis() {
        return Arrays.stream(nanos).average().orElse(Double.NaN) / 1e6;
    }

    public int count() {
        return nanos.length;
    }
}
