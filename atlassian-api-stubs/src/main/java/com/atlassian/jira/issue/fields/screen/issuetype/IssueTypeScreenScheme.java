// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/screen/issuetype/IssueTypeScreenScheme.html (@PublicApi interface) — members used by Throughline only.
// getEffectiveFieldScreenScheme(IssueType): @Nonnull, "each IssueType must have an associated FieldScreenScheme that either
// comes from an explicit mapping or the default mapping in the scheme" (Javadoc, since 6.2).
package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.issuetype.IssueType;

/** An issue type screen scheme: which screen scheme each issue type of a project uses. */
public interface IssueTypeScreenScheme {

    FieldScreenScheme getEffectiveFieldScreenScheme(IssueType type);
}
