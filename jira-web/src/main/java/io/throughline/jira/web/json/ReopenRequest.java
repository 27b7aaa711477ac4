package io.throughline.jira.web.json;

/** The consumer asks again after a decline, optionally needed by a new date (yyyy-mm-dd) or for something new. */
public record ReopenRequest(String neededBy, String description) {
}
