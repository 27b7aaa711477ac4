package io.throughline.jira.host;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** The default team model (DESIGN §1): each Jira project is a team, named by its project key. */
public final class JiraTeams implements TeamDirectory {

    private final ProjectManager projects;

    public JiraTeams(ProjectManager projects) {
        this.projects = projects;
    }

    @Override
    public SortedSet<Team> teams() {
        SortedSet<Team> teams = new TreeSet<>();
        for (Project project : projects.getProjectObjects()) {
            teams.add(new Team(project.getKey()));
        }
        return Collections.unmodifiableSortedSet(teams);
    }

    @Override
    public boolean exists(Team team) {
        return projects.getProjectObjByKey(team.name()) != null;
    }
}
