package io.throughline.core.stageview;

import io.throughline.core.initiative.Stage;
import java.util.List;
import java.util.Objects;

/**
 * One stage of the portfolio: how many initiatives matching the query are in it (on every page),
 * the names of the gates ahead of it in order ({@code commit} for a bet; {@code outcome}, then
 * {@code invalidation}, for a shipped initiative; none otherwise), and its rows on the page shown.
 */
public record StageSection(Stage stage, int count, List<String> gatesAhead, List<StageRow> rows) {

    public StageSection {
        Objects.requireNonNull(stage, "stage");
        if (count < rows.size()) {
            throw new IllegalArgumentException("a stage cannot show more rows than it counts");
        }
        gatesAhead = List.copyOf(gatesAhead);
        rows = List.copyOf(rows);
    }
}
