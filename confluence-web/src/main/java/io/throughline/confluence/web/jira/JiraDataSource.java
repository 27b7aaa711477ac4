package io.throughline.confluence.web.jira;


/**
 * Port: one GET to the Jira app's REST API as the viewing user, answered with parsed JSON or a typed
 * failure, never an exception. Confluence implements it over an application link; the preview over
 * {@code java.net.http}.
 */
public interface JiraDataSource {

    /** The base path every {@code path} below is relative to. */
    String REST_BASE = "/rest/throughline/1.0";

    /** GETs {@code REST_BASE + path} (path and query, already encoded) as {@code viewer} (a user key). */
    JiraReply get(String viewer, String path);

    /** Jira's base URL as browsers reach it, for links to issues; may be empty when unknown. */
    String browserBaseUrl();
}
