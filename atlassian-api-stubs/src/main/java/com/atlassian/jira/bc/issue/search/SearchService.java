// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/bc/issue/search/SearchService.html — members used by Throughline only.
// Shape confirmed by a public test double implementing the whole interface (jira-api 8.x) and by parseQuery calls in
// atlassian-labs/atlassian-slack-integration-server (release-2.x, Jira 10.0). search filters by the searcher's permissions.
// searchOverrideSecurity: SearchProvider's Javadoc (https://docs.atlassian.com/DAC/javadoc/jira/7.1.0-m01/reference/com/atlassian/jira/issue/search/SearchProvider.html)
// says the methods that search with security disabled moved to SearchService in 7.0; the signature (ApplicationUser,
// Query, PagerFilter) -> SearchResults<Issue> throws SearchException is what public test doubles implementing the whole
// interface against jira-api 8.x declare. Jira's permission-aware JQL parts (linkedIssues(), saved filters, security
// levels) read QueryCreationContext.isSecurityOverriden() and then skip the searcher's permissions (Jira's public source).
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

    /**
     * The issues matching the query whoever may browse them (no permission filter), within the pager's range. Whether
     * every clause accepts a null (anonymous) searcher then is UNCONFIRMED.
     */
    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException;

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
