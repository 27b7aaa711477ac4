package io.throughline.core.dependency;

import io.throughline.core.common.FieldErrors;
import io.throughline.core.common.IssueOwner;
import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.Texts;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.PermissionCheck;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A dependency request as typed: provider team, optional provider issue, description, needed-by. */
public record DependencyForm(String providerTeam, String providerIssue, String description, String neededBy) {

    public static final String PROVIDER_TEAM = "providerTeam";
    public static final String PROVIDER_ISSUE = "providerIssue";
    public static final String DESCRIPTION = "description";
    public static final String NEEDED_BY = "neededBy";

    /** Checks every field against the directory, the actor's permissions and today; reports all problems. */
    public NewDependency validate(Initiative consumer, UserRef actor, Instant now, LocalDate today,
                                  TeamDirectory teams, PermissionCheck permissions) {
        FieldErrors errors = new FieldErrors();
        Team team = team(errors, consumer, teams);
        Optional<InitiativeKey> issue = issue(errors, consumer, actor, permissions);
        if (issue.isPresent()) {
            belongsToProvider(errors, issue.get(), team, teams);
        }
        String text = errors.requireLine(DESCRIPTION, description, NewDependency.MAX_DESCRIPTION);
        LocalDate needed = null;
        if (Texts.isBlank(neededBy)) {
            errors.required(NEEDED_BY);
        } else {
            needed = errors.date(NEEDED_BY, neededBy, today);
            if (needed != null && needed.isBefore(today)) {
                errors.add(NEEDED_BY, "throughline.dependency.needed-by.past", needed);
            }
        }
        errors.throwIfAny();
        return new NewDependency(consumer.key(), team, issue, text, needed, actor, now);
    }

    private Team team(FieldErrors errors, Initiative consumer, TeamDirectory teams) {
        if (Texts.isBlank(providerTeam)) {
            errors.required(PROVIDER_TEAM);
            return null;
        }
        Team team;
        try {
            team = new Team(providerTeam);
        } catch (IllegalArgumentException e) {
            errors.add(PROVIDER_TEAM, "throughline.dependency.team.unknown", providerTeam.strip());
            return null;
        }
        if (!teams.exists(team)) {
            // "identity" for Identity: people type names as they say them.
            Optional<Team> meant = TeamDirectory.match(teams.teams(), team.name());
            if (meant.isEmpty()) {
                errors.add(PROVIDER_TEAM, "throughline.dependency.team.unknown", team.name());
                return null;
            }
            team = meant.get();
        }
        if (team.equals(consumer.team())) {
            errors.add(PROVIDER_TEAM, "throughline.dependency.team.same", team.name());
            return null;
        }
        return team;
    }

    /** A provider issue must exist and be the providing team's own work. */
    private static void belongsToProvider(FieldErrors errors, InitiativeKey issue, Team provider, TeamDirectory teams) {
        IssueOwner owner = teams.ownerOf(issue.value());
        if (owner instanceof IssueOwner.NoSuchIssue) {
            errors.add(PROVIDER_ISSUE, "throughline.dependency.issue.unknown", issue.value());
        } else if (owner instanceof IssueOwner.OfTeam of && provider != null && !of.team().equals(provider)) {
            errors.add(PROVIDER_ISSUE, "throughline.dependency.issue.other-team", issue.value(), of.team().name(),
                    provider.name());
        }
    }

    private Optional<InitiativeKey> issue(FieldErrors errors, Initiative consumer, UserRef actor,
                                          PermissionCheck permissions) {
        if (Texts.isBlank(providerIssue)) {
            return Optional.empty();
        }
        if (!InitiativeKey.isValid(providerIssue)) {
            errors.add(PROVIDER_ISSUE, "throughline.dependency.issue.malformed", providerIssue.strip());
            return Optional.empty();
        }
        InitiativeKey key = InitiativeKey.parse(providerIssue);
        if (key.equals(consumer.key())) {
            errors.add(PROVIDER_ISSUE, "throughline.dependency.issue.self", key.value());
            return Optional.empty();
        }
        if (!permissions.canView(actor, key)) {
            errors.add(PROVIDER_ISSUE, "throughline.dependency.issue.unknown", key.value());
            return Optional.empty();
        }
        return Optional.of(key);
    }
}
