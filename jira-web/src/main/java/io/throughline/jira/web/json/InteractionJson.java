package io.throughline.jira.web.json;

import io.throughline.core.interaction.Interaction;
import io.throughline.core.interaction.InteractionForm;
import io.throughline.core.interaction.InteractionTable;
import java.util.List;

/**
 * One declared team pair of {@code GET|PUT /admin/interactions}: the body and the answer are lists of
 * these. In a request the SLA may be left out (the mode's default) and may come as a number or text.
 */
public record InteractionJson(String consumerTeam, String providerTeam, String mode,
                              @NumberAccepted String ackSlaDays) {

    /** The table's version as an entity tag: {@code "7"}. */
    public static String etag(InteractionTable table) {
        return "\"" + table.version() + "\"";
    }

    public static List<Answer> answer(InteractionTable table) {
        return table.pairs().stream().map(Answer::of).toList();
    }

    public InteractionForm.Row row() {
        return new InteractionForm.Row(consumerTeam, providerTeam, mode, ackSlaDays);
    }

    /** A stored pair, its SLA a number. */
    public record Answer(String consumerTeam, String providerTeam, String mode, int ackSlaDays) {
        static Answer of(Interaction pair) {
            return new Answer(pair.consumer().name(), pair.provider().name(), pair.mode().name(), pair.ackSlaDays());
        }
    }
}
