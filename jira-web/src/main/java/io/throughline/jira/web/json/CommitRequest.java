package io.throughline.jira.web.json;


/** The providing team's promise: the date it will deliver by (yyyy-mm-dd). */
public record CommitRequest(String committedDate) {
}
