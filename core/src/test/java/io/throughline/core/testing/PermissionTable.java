package io.throughline.core.testing;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.PermissionCheck;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Permissions by table: admins see and do everything; others see the projects granted to them
 * and act for the teams they belong to. Unknown users may do nothing.
 */
public final class PermissionTable implements PermissionCheck {

    private final Set<UserRef> admins = new HashSet<>();
    private final Map<UserRef, Set<String>> groups = new HashMap<>();
    private final Map<UserRef, Set<String>> viewProjects = new HashMap<>();
    private final Map<UserRef, Set<String>> editProjects = new HashMap<>();
    private final Map<UserRef, Set<Team>> memberships = new HashMap<>();

    /** A tool account in the default event-source group: it may post delivery events (and browses nothing). */
    public PermissionTable poster(UserRef user) {
        return member(user, io.throughline.core.setting.Setting.EVENT_SOURCE_GROUP.defaultValue());
    }

    /** Puts {@code user} in the host group {@code group}. */
    public PermissionTable member(UserRef user, String group) {
        groups.computeIfAbsent(user, any -> new HashSet<>()).add(group);
        return this;
    }

    /** Who may post delivery events: admins and the members of {@code group}. */
    public boolean mayPost(UserRef user, String group) {
        return admins.contains(user) || groups.getOrDefault(user, Set.of()).contains(group);
    }

    public PermissionTable admin(UserRef user) {
        admins.add(user);
        return this;
    }

    /** The user may view and edit initiatives in these projects. */
    public PermissionTable edits(UserRef user, String... projects) {
        views(user, projects);
        editProjects.computeIfAbsent(user, u -> new HashSet<>()).addAll(Set.of(projects));
        return this;
    }

    public PermissionTable views(UserRef user, String... projects) {
        viewProjects.computeIfAbsent(user, u -> new HashSet<>()).addAll(Set.of(projects));
        return this;
    }

    public PermissionTable member(UserRef user, Team... teams) {
        memberships.computeIfAbsent(user, u -> new HashSet<>()).addAll(Set.of(teams));
        return this;
    }

    @Override
    public boolean canView(UserRef user, InitiativeKey initiative) {
        return admins.contains(user) || viewProjects.getOrDefault(user, Set.of()).contains(initiative.projectKey());
    }

    @Override
    public boolean canEdit(UserRef user, InitiativeKey initiative) {
        return admins.contains(user) || editProjects.getOrDefault(user, Set.of()).contains(initiative.projectKey());
    }

    @Override
    public boolean canActForTeam(UserRef user, Team team) {
        return admins.contains(user) || memberships.getOrDefault(user, Set.of()).contains(team);
    }
}
