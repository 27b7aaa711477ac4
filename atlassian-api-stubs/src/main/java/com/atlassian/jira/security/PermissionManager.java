// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/PermissionManager.html — members used by Throughline only.
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Project and issue permission checks. */
public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
