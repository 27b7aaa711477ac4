package io.throughline.jira.web.json;


/** The providing team's refusal and why. */
public record DeclineRequest(String reason) {
}
