package io.throughline.bench.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one table every figure ends up in, printed as Markdown so docs/performance.md can hold it as is. */
public final class Table {

    private final List<Row> rows = new ArrayList<>();

    public void add(Row row) {
        rows.add(row);
    }

    public void addAll(List<Row> more) {
        rows.addAll(more);
    }

    public void print(PrintStream out) {
        out.println("| Figure | Case | Ours | Floor | Unit | Ratio | Target | Verdict |");
        out.println("|---|---|---:|---:|---|---:|---|---|");
        for (Row row : rows) {
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", row.figure(), row.what(),
                    number(row.ours()), number(row.floor()), row.unit(), number(row.ratio()), row.target().text(),
                    row.verdict());
        }
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        double magnitude = Math.abs(value);
        return String.format(Locale.ROOT, magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f", value);
    }
}
