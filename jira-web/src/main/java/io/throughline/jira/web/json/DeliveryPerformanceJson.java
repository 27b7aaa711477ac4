package io.throughline.jira.web.json;

import io.throughline.core.performance.DeliveryPerformance;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code GET /initiatives/{key}/delivery-performance}: the five DORA figures over the window, each
 * with its counts; rates are fractions from 0 to 1, durations hours with two decimals, and a figure
 * with nothing to divide by is null. {@code weeks} counts deployments and failed ones per week,
 * oldest first; {@code definitions} names the version of the definitions (docs/semantics.md).
 */
public record DeliveryPerformanceJson(WindowJson window, DeploymentsJson deployments, DurationsJson changeLeadTime,
                                      DurationsJson issueLeadTime, FailRateJson changeFailRate,
                                      RecoveryJson recoveryTime, ReworkJson reworkRate, List<String> services,
                                      List<WeekJson> weeks, String definitions) {

    public record WindowJson(String from, String to, int days) {
    }

    public record DeploymentsJson(int count, BigDecimal perWeek) {
    }

    public record DurationsJson(BigDecimal medianHours, BigDecimal p85Hours, int n) {
    }

    public record FailRateJson(BigDecimal rate, int failed, int total, int inferred) {
    }

    public record RecoveryJson(BigDecimal medianHours, int n, int open) {
    }

    public record ReworkJson(BigDecimal rate, int unplanned, int total) {
    }

    public record WeekJson(String start, int deployments, int failed) {
    }

    public static DeliveryPerformanceJson of(DeliveryPerformance figures) {
        return new DeliveryPerformanceJson(
                new WindowJson(figures.window().from().toString(), figures.window().to().toString(), figures.window().days()),
                new DeploymentsJson(figures.deployments(), figures.perWeek()),
                durations(figures.changeLeadTime()), durations(figures.issueLeadTime()),
                new FailRateJson(figures.changeFailRate().rate(), figures.changeFailRate().failed(),
                        figures.changeFailRate().total(), figures.changeFailRate().inferred()),
                new RecoveryJson(figures.recoveryTime().medianHours(), figures.recoveryTime().n(),
                        figures.recoveryTime().open()),
                new ReworkJson(figures.reworkRate().rate(), figures.reworkRate().unplanned(), figures.reworkRate().total()),
                figures.services(),
                figures.weeks().stream().map(w -> new WeekJson(w.start().toString(), w.deployments(), w.failed())).toList(),
                figures.definitions());
    }

    private static DurationsJson durations(DeliveryPerformance.Durations durations) {
        return new DurationsJson(durations.medianHours(), durations.p85Hours(), durations.n());
    }
}
