// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/screen/issuetype/IssueTypeScreenSchemeManager.html (@PublicApi interface) — members used by
// Throughline only. Jira also declares a deprecated getIssueTypeScreenScheme(GenericValue) overload; Throughline always
// passes a typed Project, so the call resolves the same here and against Jira.
package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.project.Project;

/** The issue type screen scheme each project uses. */
public interface IssueTypeScreenSchemeManager {

    IssueTypeScreenScheme getIssueTypeScreenScheme(Project project);
}
