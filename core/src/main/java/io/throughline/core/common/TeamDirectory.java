package io.throughline.core.common;

import java.util.Collection;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** The teams the host knows about (by default in Jira: one team per project). */
public interface TeamDirectory {

    SortedSet<Team> teams();

    default boolean exists(Team team) {
        return teams().contains(team);
    }

    /**
     * The known team a typed name means: the exact name, or else the one name that matches it
     * ignoring case ("identity" is Identity). Empty when none does, or when two differ only in case.
     */
    static Optional<Team> match(Collection<Team> known, String typed) {
        String name = typed == null ? "" : typed.strip();
        Optional<Team> exact = known.stream().filter(team -> team.name().equals(name)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        java.util.List<Team> ignoringCase = known.stream().filter(team -> team.name().equalsIgnoreCase(name)).toList();
        return ignoringCase.size() == 1 ? Optional.of(ignoringCase.get(0)) : Optional.empty();
    }

    /**
     * Whose the issue with this key is (Jira: the team of its project), so a dependency can name a
     * provider issue only of the providing team. Defaults to unknown: the issue is not checked.
     */
    default IssueOwner ownerOf(String issueKey) {
        return new IssueOwner.Unknown();
    }

    /**
     * The projects whose issues are the team's work, by key: in Jira a team is a project, so its own
     * name (the default). Delivery events are attributed to a team through these.
     */
    default java.util.Set<String> projectKeys(Team team) {
        return java.util.Set.of(team.name());
    }

    /** The teams a user may know about; in Jira, projects they may browse. Defaults to every team. */
    default SortedSet<Team> teamsVisibleTo(UserRef user) {
        return teams();
    }

    /**
     * The teams a view over the portfolio is about: those {@code asked} (matched as {@link #match}
     * does), or every team the user may know about when none is asked. A team the user may not know
     * about is refused exactly like one that does not exist, as a field error on {@code field}.
     */
    default SortedSet<Team> selection(UserRef user, Collection<Team> asked, String field) {
        SortedSet<Team> known = teamsVisibleTo(user);
        if (asked.isEmpty()) {
            return known;
        }
        FieldErrors errors = new FieldErrors();
        SortedSet<Team> selected = new TreeSet<>();
        for (Team team : asked) {
            match(known, team.name()).ifPresentOrElse(selected::add,
                    () -> errors.add(field, "throughline.portfolio.team.unknown", team.name()));
        }
        errors.throwIfAny();
        return selected;
    }
}
