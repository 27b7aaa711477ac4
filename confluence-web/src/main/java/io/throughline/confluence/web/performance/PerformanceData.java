package io.throughline.confluence.web.performance;

import io.throughline.confluence.web.json.JsonObject;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The headline of {@code GET /initiatives/{key}/delivery-performance}, as the card shows it:
 * deployments and their weekly rate, change fail rate, recovery time and rework rate, with counts.
 */
public record PerformanceData(int days, int deployments, BigDecimal perWeek, Optional<BigDecimal> failRate, int failed,
                              int total, int inferred, Optional<BigDecimal> recoveryHours, int recovered, int open,
                              Optional<BigDecimal> reworkRate, int unplanned) {

    public static PerformanceData read(Object json) {
        JsonObject root = JsonObject.root(json);
        JsonObject deployments = root.object("deployments");
        JsonObject fail = root.object("changeFailRate");
        JsonObject recovery = root.object("recoveryTime");
        JsonObject rework = root.object("reworkRate");
        return new PerformanceData((int) root.object("window").integer("days"), (int) deployments.integer("count"),
                deployments.optionalNumber("perWeek").orElse(BigDecimal.ZERO), fail.optionalNumber("rate"),
                (int) fail.integer("failed"), (int) fail.integer("total"), (int) fail.integer("inferred"),
                recovery.optionalNumber("medianHours"), (int) recovery.integer("n"), (int) recovery.integer("open"),
                rework.optionalNumber("rate"), (int) rework.integer("unplanned"));
    }
}
