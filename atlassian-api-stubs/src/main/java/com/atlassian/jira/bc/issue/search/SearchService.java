// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/bc/issue/search/SearchService.html — members used by Throughline only.
// Shape confirmed by a public test double implementing the whole interface (jira-api 8.x) and by parseQuery calls in
// atlassian-labs/atlassian-slack-integration-server (release-2.x, Jira 10.0). search filters by the searcher's permissions.
package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/** Parses JQL and searches issues as a user (only what that user may browse). */
@SuppressWarnings("rawtypes")
public interface SearchService {

    /** Parses JQL for the searcher; syntax only (values are not validated here). */
    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** The issues matching the query that the searcher may see, within the pager's range. */
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    /** The outcome of parsing: a query when valid. A public static class in Jira (constructor (Query, MessageSet)). */
    class ParseResult {
        private ParseResult() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public Query getQuery() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public boolean isValid() {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
