package io.throughline.jira.web.json;

/**
 * The body of an action that needs no details ({@code {}}). Asking for it anyway keeps every write
 * of this API a JSON request, which a page on another site cannot send without the browser asking
 * this server first (a cross-origin JSON POST is never a "simple" request).
 */
public record EmptyRequest() {
}
