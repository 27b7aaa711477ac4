// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/search/SearchResults.html — members used by Throughline only.
// A generic class since Jira 8 (getIssues() is gone; read getResults()). The constructor is the one public test doubles call.
package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * One page of search results and the total number of matches.
 *
 * @param <T> what was found (issues, for SearchService)
 */
public class SearchResults<T> {
    private final List<T> results;
    private final int total;

    public SearchResults(List<T> results, int totalResultCount, int maxResultCount, int startIndex) {
        this.results = List.copyOf(results);
        this.total = totalResultCount;
    }

    public List<T> getResults() {
        return results;
    }

    public int getTotal() {
        return total;
    }
}
