package io.throughline.preview;

import io.throughline.core.common.IssueOwner;
import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import java.util.SortedSet;

/**
 * The preview's teams, from its directory, and its issues: an initiative or a delivery item of the
 * preview's issue table is its team's work, as an issue in Jira is its project's team's.
 */
final class PreviewTeams implements TeamDirectory {

    private final PreviewDirectory directory;
    private final InitiativeRepository initiatives;
    private final PreviewIssues issues;

    PreviewTeams(PreviewDirectory directory, InitiativeRepository initiatives, PreviewIssues issues) {
        this.directory = directory;
        this.initiatives = initiatives;
        this.issues = issues;
    }

    @Override
    public SortedSet<Team> teams() {
        return directory.teams();
    }

    @Override
    public SortedSet<Team> teamsVisibleTo(UserRef user) {
        return directory.teamsVisibleTo(user);
    }

    @Override
    public IssueOwner ownerOf(String issueKey) {
        if (!InitiativeKey.isValid(issueKey)) {
            return new IssueOwner.NoSuchIssue();
        }
        InitiativeKey key = InitiativeKey.parse(issueKey);
        return initiatives.find(key).map(initiative -> initiative.team())
                .or(() -> issues.find(key).map(PreviewIssues.Issue::team))
                .<IssueOwner>map(IssueOwner.OfTeam::new)
                .orElseGet(IssueOwner.NoSuchIssue::new);
    }

    /** The projects of the team's initiatives and issues: in the preview a team may own issues of several. */
    @Override
    public java.util.Set<String> projectKeys(Team team) {
        java.util.Set<String> projects = new java.util.TreeSet<>();
        initiatives.findAll().stream().filter(initiative -> initiative.team().equals(team))
                .forEach(initiative -> projects.add(initiative.key().projectKey()));
        issues.ofTeam(team).forEach(issue -> projects.add(issue.key().projectKey()));
        return projects;
    }
}
