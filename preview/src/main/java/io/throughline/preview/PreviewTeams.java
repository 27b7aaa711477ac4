package io.throughline.preview;

import io.throughline.core.common.IssueOwner;
import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.InitiativeRepository;
import java.util.SortedSet;

/**
 * The preview's teams, from its directory, and its issues: the preview has no issues besides its
 * initiatives, so a provider issue must be one of them, and it is its team's work.
 */
final class PreviewTeams implements TeamDirectory {

    private final PreviewDirectory directory;
    private final InitiativeRepository initiatives;

    PreviewTeams(PreviewDirectory directory, InitiativeRepository initiatives) {
        this.directory = directory;
        this.initiatives = initiatives;
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
        return initiatives.find(InitiativeKey.parse(issueKey))
                .<IssueOwner>map(initiative -> new IssueOwner.OfTeam(initiative.team()))
                .orElseGet(IssueOwner.NoSuchIssue::new);
    }
}
