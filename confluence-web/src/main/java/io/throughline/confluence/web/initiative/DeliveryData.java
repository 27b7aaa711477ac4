package io.throughline.confluence.web.initiative;

import io.throughline.confluence.web.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * The progress part of {@code GET /initiatives/{key}/trace}, as the card shows it: items by status
 * category, percent done, and each delivering team's share. The items themselves are not read.
 */
public record DeliveryData(int items, int toDo, int inProgress, int done, Optional<Integer> percentDone,
                           List<TeamShare> teams) {

    public DeliveryData {
        teams = List.copyOf(teams);
    }

    /** One delivering team: its items and how many are done. */
    public record TeamShare(String team, int items, int done) {
    }

    public static DeliveryData read(Object json) {
        JsonObject progress = JsonObject.root(json).object("progress");
        return new DeliveryData((int) progress.integer("items"), (int) progress.integer("toDo"),
                (int) progress.integer("inProgress"), (int) progress.integer("done"),
                progress.optionalNumber("percentDone").map(number -> number.intValue()),
                JsonObject.root(json).objects("teams").stream().map(team -> new TeamShare(team.string("team"),
                        (int) team.integer("items"), (int) team.integer("done"))).toList());
    }
}
