// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/config/manager/IssueTypeSchemeManager.html (interface) — members used by Throughline only.
// getIssueTypesForProject(Project): @Nonnull, "possibly empty, never null" (Javadoc). getConfigScheme(Project): the project's
// issue type scheme. Both also have deprecated GenericValue overloads in Jira; Throughline passes a typed Project.
package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collection;

/** The issue type schemes of projects. */
public interface IssueTypeSchemeManager {

    FieldConfigScheme getConfigScheme(Project project);

    Collection<IssueType> getIssueTypesForProject(Project project);
}
