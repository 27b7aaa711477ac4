package io.throughline.jira.setup;

import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.List;

/** The projects whose issue type scheme includes the Initiative issue type. */
public final class InitiativeProjects {

    private final ProjectManager projects;
    private final IssueTypeSchemeManager issueTypeSchemes;

    public InitiativeProjects(ProjectManager projects, IssueTypeSchemeManager issueTypeSchemes) {
        this.projects = projects;
        this.issueTypeSchemes = issueTypeSchemes;
    }

    List<Project> using(IssueType initiative) {
        return projects.getProjectObjects().stream()
                .filter(project -> issueTypeSchemes.getIssueTypesForProject(project).stream()
                        .anyMatch(type -> initiative.getId().equals(type.getId())))
                .toList();
    }
}
