package io.throughline.bench.report;

/** One line of the results: a figure's value, its floor measured in the same run, and its target. */
public record Row(String figure, String what, double ours, double floor, String unit, Target target) {

    /**
     * How a row passes: its ratio to the floor, or its own value, at most {@code limit}; its ratio at
     * least {@code minRatio} (a throughput); or no target.
     */
    public record Target(String text, Double maxRatio, Double maxValue, Double minRatio) {
        public Target(String text, Double maxRatio, Double maxValue) {
            this(text, maxRatio, maxValue, null);
        }

        public static Target ratio(double limit) {
            return new Target("ratio <= " + limit, limit, null);
        }

        public static Target atLeast(double ratio) {
            return new Target("ratio >= " + ratio, null, null, ratio);
        }

        public static Target value(double limit, String text) {
            return new Target(text, null, limit);
        }

        public static Target none(String text) {
            return new Target(text, null, null);
        }
    }

    public double ratio() {
        return ours / floor;
    }

    public String verdict() {
        if (Double.isNaN(ours) || Double.isNaN(floor)) {
            return "FAILED";
        }
        boolean ratioOk = target.maxRatio() == null || ratio() <= target.maxRatio();
        boolean valueOk = target.maxValue() == null || ours <= target.maxValue();
        boolean minOk = target.minRatio() == null || ratio() >= target.minRatio();
        if (target.maxRatio() == null && target.maxValue() == null && target.minRatio() == null) {
            return "-";
        }
        return ratioOk && valueOk && minOk ? "ok" : "MISS";
    }
}
