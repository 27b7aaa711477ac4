package io.throughline.bench.data;

import io.throughline.bench.db.BenchDatabases;
import io.throughline.store.standalone.AoDatabase;
import java.time.LocalDate;
import java.time.ZoneId;

/** A generated portfolio loaded into one database, by URL so any JVM can open it. */
public record LoadedPortfolio(PortfolioPlan plan, BenchDatabases.Kind kind, String jdbcUrl) {

    /** Generates {@code shape} and loads it into a new database of {@code kind}, then closes it. */
    public static LoadedPortfolio load(BenchDatabases databases, BenchDatabases.Kind kind, PortfolioShape shape) {
        PortfolioPlan plan = PortfolioGenerator.generate(shape, LocalDate.now(), ZoneId.systemDefault());
        String name = "p" + shape.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        String url = databases.create(kind, name);
        try (AoDatabase database = BenchDatabases.open(url).migrate()) {
            PortfolioLoader.load(database, plan);
        }
        return new LoadedPortfolio(plan, kind, url);
    }

    public String label() {
        return plan.shape().name() + " " + (kind == BenchDatabases.Kind.H2 ? "H2 file" : "PostgreSQL");
    }
}
