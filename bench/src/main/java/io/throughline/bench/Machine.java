package io.throughline.bench;

import io.throughline.bench.app.BenchApp;
import io.throughline.bench.data.LoadedPortfolio;
import io.throughline.bench.db.BenchDatabases;
import io.throughline.core.graph.Health;
import io.throughline.core.graph.HealthTally;
import io.throughline.store.standalone.AoDatabase;
import java.util.Set;

/** What the results were measured on, and what the generated portfolios turned out to hold. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return "Machine: " + runtime.availableProcessors() + " CPUs, " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " " + System.getProperty("os.arch") + "; Java "
                + System.getProperty("java.vm.version") + " (" + System.getProperty("java.vm.name") + "), max heap "
                + runtime.maxMemory() / (1024 * 1024) + " MiB in this JVM; JMH forks inherit the default heap.";
    }

    /** The derived health of every dependency, as today's judgement finds it. */
    static String healthMix(LoadedPortfolio portfolio) {
        try (AoDatabase database = BenchDatabases.open(portfolio.jdbcUrl())) {
            HealthTally tally = BenchApp.over(database).portfolio().dependencyStatus(BenchApp.VIEWER, Set.of()).summary();
            StringBuilder mix = new StringBuilder("health");
            for (Health health : Health.values()) {
                mix.append(' ').append(health.name()).append(' ').append(tally.count(health));
            }
            return mix.toString();
        }
    }
}
