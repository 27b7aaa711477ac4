// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/permission/ProjectPermissions.html — members used by Throughline only.
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/** Keys of Jira's built-in project permissions. */
public class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");

    public ProjectPermissions() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
