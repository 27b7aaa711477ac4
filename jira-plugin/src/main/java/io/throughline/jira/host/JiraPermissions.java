package io.throughline.jira.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.PermissionCheck;

/**
 * Jira's answer to the core's permission questions: browse and edit permission on the issue, and
 * for a team (a project) edit permission in that project, which is what its members hold.
 */
public final class JiraPermissions implements PermissionCheck {

    private final IssueManager issues;
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final UserManager users;

    public JiraPermissions(IssueManager issues, ProjectManager projects, PermissionManager permissions,
                           UserManager users) {
        this.issues = issues;
        this.projects = projects;
        this.permissions = permissions;
        this.users = users;
    }

    @Override
    public boolean canView(UserRef user, InitiativeKey initiative) {
        return onIssue(ProjectPermissions.BROWSE_PROJECTS, user, initiative);
    }

    @Override
    public boolean canEdit(UserRef user, InitiativeKey initiative) {
        return onIssue(ProjectPermissions.EDIT_ISSUES, user, initiative);
    }

    @Override
    public boolean canActForTeam(UserRef user, Team team) {
        ApplicationUser jiraUser = users.getUserByKey(user.key());
        Project project = projects.getProjectObjByKey(team.name());
        return jiraUser != null && project != null
                && permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, project, jiraUser);
    }

    private boolean onIssue(ProjectPermissionKey permission, UserRef user, InitiativeKey initiative) {
        ApplicationUser jiraUser = users.getUserByKey(user.key());
        Issue issue = issues.getIssueObject(initiative.value());
        return jiraUser != null && issue != null && permissions.hasPermission(permission, issue, jiraUser);
    }
}
