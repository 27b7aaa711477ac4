package io.throughline.core.testing;

import io.throughline.core.common.IssueOwner;
import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** A team directory with a fixed list of teams. */
public final class FixedTeams implements TeamDirectory {

    private final SortedSet<Team> teams;
    private final Map<String, Team> issues = new ConcurrentHashMap<>();
    private volatile boolean knowsIssues;
    private final Map<Team, java.util.Set<String>> projects = new ConcurrentHashMap<>();

    public FixedTeams(Team... teams) {
        this.teams = Collections.unmodifiableSortedSet(new TreeSet<>(Arrays.asList(teams)));
    }

    /** From now on this directory knows its issues: this one is the team's, and unlisted keys do not exist. */
    public FixedTeams issue(String key, Team team) {
        issues.put(key, team);
        knowsIssues = true;
        return this;
    }

    @Override
    public IssueOwner ownerOf(String issueKey) {
        if (!knowsIssues) {
            return new IssueOwner.Unknown();
        }
        Team team = issues.get(issueKey);
        return team == null ? new IssueOwner.NoSuchIssue() : new IssueOwner.OfTeam(team);
    }

    /** The team's work is in these projects (by default, in the one named as the team). */
    public FixedTeams projects(Team team, String... keys) {
        projects.put(team, java.util.Set.of(keys));
        return this;
    }

    @Override
    public java.util.Set<String> projectKeys(Team team) {
        return projects.getOrDefault(team, TeamDirectory.super.projectKeys(team));
    }

    @Override
    public SortedSet<Team> teams() {
        return teams;
    }
}
