package io.throughline.core.common;

import java.util.SortedSet;

/** The teams the host knows about (by default in Jira: one team per project). */
public interface TeamDirectory {

    SortedSet<Team> teams();

    default boolean exists(Team team) {
        return teams().contains(team);
    }

    /** The teams a user may know about; in Jira, projects they may browse. Defaults to every team. */
    default SortedSet<Team> teamsVisibleTo(UserRef user) {
        return teams();
    }
}
