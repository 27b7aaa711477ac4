package io.throughline.jira.web.json;

/** The consumer takes its request back, and says why. */
public record WithdrawRequest(String reason) {
}
