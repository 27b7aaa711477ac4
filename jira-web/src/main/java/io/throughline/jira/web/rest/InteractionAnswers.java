package io.throughline.jira.web.rest;

import io.throughline.core.common.Message;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.interaction.InteractionForm;
import io.throughline.core.interaction.InteractionService;
import io.throughline.core.interaction.InteractionTable;
import io.throughline.jira.web.json.InteractionJson;
import java.util.List;
import java.util.OptionalLong;
import javax.ws.rs.core.Response;

/**
 * {@code GET|PUT /admin/interactions} once the host has let an administrator through (Jira's and
 * the preview's admin resources answer alike): the table as a list, its version as the entity tag.
 * A PUT replaces the whole table; with {@code If-Match} only if the table is still that version.
 * Refusals are thrown for the API's exception mapper: 400 with a field per bad row, 409 for a stale
 * or losing writer, nothing stored either way.
 */
public final class InteractionAnswers {

    private InteractionAnswers() {
    }

    public static Response read(InteractionService interactions) {
        return answer(interactions.table());
    }

    public static Response replace(InteractionService interactions, List<InteractionJson> body, String ifMatch) {
        List<InteractionForm.Row> rows = body == null ? null
                : body.stream().map(row -> row == null ? null : row.row()).toList();
        return answer(interactions.replace(rows, expectedVersion(ifMatch)));
    }

    private static Response answer(InteractionTable table) {
        return Response.ok(InteractionJson.answer(table)).header("ETag", InteractionJson.etag(table))
                .header("Cache-Control", "no-store").build();
    }

    /** {@code "7"} (or weak {@code W/"7"}) is version 7; none or {@code *} is whatever version is stored. */
    static OptionalLong expectedVersion(String ifMatch) {
        return expectedVersion(ifMatch, "throughline.interaction.changed-meanwhile");
    }

    /** As {@link #expectedVersion(String)}, refusing a tag this API never gave with {@code staleKey}. */
    static OptionalLong expectedVersion(String ifMatch, String staleKey) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() > 2 && tag.length() < 21 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return OptionalLong.of(Long.parseLong(tag.substring(1, tag.length() - 1)));
            } catch (NumberFormatException e) {
                // Falls through: a tag this API never gave is stale by definition.
            }
        }
        throw new ThroughlineException.Conflict(Message.of(staleKey));
    }
}
