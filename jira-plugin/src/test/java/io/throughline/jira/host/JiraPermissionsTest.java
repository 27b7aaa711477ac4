package io.throughline.jira.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.throughline.core.common.IssueOwner;
import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.jira.JiraIssues;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JiraPermissionsTest {

    private final IssueManager issues = mock(IssueManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private final JiraPermissions permissions = new JiraPermissions(issues, projects, permissionManager, users);
    private final ApplicationUser alice = JiraIssues.user("alice");
    private final MutableIssue grow1 = mock(MutableIssue.class);
    private final Project identity = mock(Project.class);

    @BeforeEach
    void setUp() {
        when(users.getUserByKey("alice")).thenReturn(alice);
        when(issues.getIssueObject("GROW-1")).thenReturn(grow1);
        when(projects.getProjectObjByKey("IDN")).thenReturn(identity);
        when(identity.getKey()).thenReturn("IDN");
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, grow1, alice)).thenReturn(true);
        when(permissionManager.hasPermission(ProjectPermissions.EDIT_ISSUES, identity, alice)).thenReturn(true);
    }

    @Test
    void browseMeansViewEditMeansEdit() {
        assertThat(permissions.canView(UserRef.of("alice"), InitiativeKey.parse("GROW-1"))).isTrue();
        assertThat(permissions.canEdit(UserRef.of("alice"), InitiativeKey.parse("GROW-1"))).isFalse();
    }

    @Test
    void unknownUsersIssuesAndProjectsMayDoNothing() {
        assertThat(permissions.canView(UserRef.of("mallory"), InitiativeKey.parse("GROW-1"))).isFalse();
        assertThat(permissions.canView(UserRef.of("alice"), InitiativeKey.parse("GROW-404"))).isFalse();
        assertThat(permissions.canActForTeam(UserRef.of("alice"), Team.of("NOPE"))).isFalse();
    }

    @Test
    void editingIssuesInTheProjectMakesOneAMemberOfItsTeam() {
        assertThat(permissions.canActForTeam(UserRef.of("alice"), Team.of("IDN"))).isTrue();
    }

    @Test
    void teamsAreTheProjectsByKey() {
        Project growth = mock(Project.class);
        when(growth.getKey()).thenReturn("GROW");
        when(projects.getProjectObjects()).thenReturn(List.of(growth, identity));

        JiraTeams teams = new JiraTeams(projects, permissionManager, users, issues);
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, identity, alice)).thenReturn(true);

        assertThat(teams.teams()).containsExactly(Team.of("GROW"), Team.of("IDN"));
        assertThat(teams.teamsVisibleTo(UserRef.of("alice"))).containsExactly(Team.of("IDN"));
        assertThat(teams.teamsVisibleTo(UserRef.of("mallory"))).isEmpty();
        assertThat(teams.exists(Team.of("IDN"))).isTrue();
        assertThat(teams.exists(Team.of("HR"))).isFalse();
    }

    @Test
    void anIssueIsItsProjectsTeamsWorkAndAnUnknownKeyIsNoOnes() {
        MutableIssue idn7 = mock(MutableIssue.class);
        when(idn7.getProjectObject()).thenReturn(identity);
        when(issues.getIssueObject("IDN-7")).thenReturn(idn7);
        JiraTeams teams = new JiraTeams(projects, permissionManager, users, issues);

        assertThat(teams.ownerOf("IDN-7")).isEqualTo(new IssueOwner.OfTeam(Team.of("IDN")));
        assertThat(teams.ownerOf("NOPE-5")).isEqualTo(new IssueOwner.NoSuchIssue());
    }
}
