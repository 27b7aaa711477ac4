package io.throughline.core.testing;

import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import java.util.Arrays;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** A team directory with a fixed list of teams. */
public final class FixedTeams implements TeamDirectory {

    private final SortedSet<Team> teams;

    public FixedTeams(Team... teams) {
        this.teams = Collections.unmodifiableSortedSet(new TreeSet<>(Arrays.asList(teams)));
    }

    @Override
    public SortedSet<Team> teams() {
        return teams;
    }
}
