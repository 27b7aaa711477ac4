// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/query/Query.html — members used by Throughline only (none: it is passed on).
package com.atlassian.query;

/** A parsed JQL query. */
public interface Query {
}
