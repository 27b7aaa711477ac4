package io.throughline.jira.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.throughline.core.common.IssueOwner;
import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.UserRef;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** The default team model (DESIGN §1): each Jira project is a team, named by its project key. */
public final class JiraTeams implements TeamDirectory {

    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final UserManager users;
    private final IssueManager issues;

    public JiraTeams(ProjectManager projects, PermissionManager permissions, UserManager users, IssueManager issues) {
        this.projects = projects;
        this.permissions = permissions;
        this.users = users;
        this.issues = issues;
    }

    /** An issue is its project's team's work; a key Jira has no issue for belongs to no one. */
    @Override
    public IssueOwner ownerOf(String issueKey) {
        Issue issue = issues.getIssueObject(issueKey);
        Project project = issue == null ? null : issue.getProjectObject();
        return project == null ? new IssueOwner.NoSuchIssue() : new IssueOwner.OfTeam(new Team(project.getKey()));
    }

    @Override
    public SortedSet<Team> teams() {
        SortedSet<Team> teams = new TreeSet<>();
        for (Project project : projects.getProjectObjects()) {
            teams.add(new Team(project.getKey()));
        }
        return Collections.unmodifiableSortedSet(teams);
    }

    /** Only projects the user may browse: the names of the others are not theirs to learn. */
    @Override
    public SortedSet<Team> teamsVisibleTo(UserRef user) {
        ApplicationUser jiraUser = users.getUserByKey(user.key());
        SortedSet<Team> teams = new TreeSet<>();
        if (jiraUser != null) {
            for (Project project : projects.getProjectObjects()) {
                if (permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, jiraUser)) {
                    teams.add(new Team(project.getKey()));
                }
            }
        }
        return Collections.unmodifiableSortedSet(teams);
    }

    @Override
    public boolean exists(Team team) {
        return projects.getProjectObjByKey(team.name()) != null;
    }
}
