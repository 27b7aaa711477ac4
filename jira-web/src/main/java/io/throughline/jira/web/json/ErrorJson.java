package io.throughline.jira.web.json;

import java.util.List;

/** The body of every error response: one entry per problem, with the field it concerns or null. */
public record ErrorJson(List<Entry> errors) {

    public ErrorJson {
        errors = List.copyOf(errors);
    }

    public static ErrorJson of(String field, String message) {
        return new ErrorJson(List.of(new Entry(field, message)));
    }

    /** One problem, in the user's language. */
    public record Entry(String field, String message) {
    }
}
