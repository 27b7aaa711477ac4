// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/search/SearchException.html — members used by Throughline only.
package com.atlassian.jira.issue.search;

/** A search that Jira could not run (a checked exception). */
public class SearchException extends Exception {
    public SearchException(String message) {
        super(message);
    }
}
