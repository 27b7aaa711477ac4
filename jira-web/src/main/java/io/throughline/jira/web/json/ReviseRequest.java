package io.throughline.jira.web.json;

/** The providing team moves its committed date (yyyy-mm-dd), and says why. */
public record ReviseRequest(String committedDate, String reason) {
}
