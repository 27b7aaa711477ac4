package io.throughline.confluence.web.jira;

import io.throughline.confluence.web.json.JsonObject;
import io.throughline.confluence.web.json.JsonReader;
import io.throughline.confluence.web.json.JsonShapeException;
import java.util.List;

/** Turns a status and body from Jira into a {@link JiraReply}, the same way for every data source. */
public final class JiraReplies {

    private static final JsonReader READER = JsonReader.withDefaults();

    private JiraReplies() {
    }

    public static JiraReply of(int status, String body) {
        if (status >= 200 && status < 300) {
            try {
                return new JiraReply.Ok(READER.read(body));
            } catch (JsonReader.MalformedJson e) {
                return new JiraReply.Malformed(e.getMessage());
            }
        }
        return new JiraReply.HttpError(status, errorMessage(body));
    }

    /** The messages of the API's error body {@code {errors:[{field,message}]}}, or null when there are none. */
    private static String errorMessage(String body) {
        try {
            List<JsonObject> errors = JsonObject.root(READER.read(body)).objects("errors");
            List<String> messages = errors.stream().map(e -> e.optionalString("message").orElse(""))
                    .filter(m -> !m.isBlank()).toList();
            return messages.isEmpty() ? null : String.join(" ", messages);
        } catch (JsonReader.MalformedJson | JsonShapeException e) {
            return null;
        }
    }
}
