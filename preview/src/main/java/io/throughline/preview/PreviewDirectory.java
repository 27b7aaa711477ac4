package io.throughline.preview;

import io.throughline.core.common.People;
import io.throughline.core.common.Team;
import io.throughline.core.common.TeamDirectory;
import io.throughline.core.common.UserRef;
import io.throughline.core.initiative.InitiativeKey;
import io.throughline.core.initiative.PermissionCheck;
import io.throughline.core.performance.EventSources;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the preview knows about people and teams, standing in for Jira: who may browse and edit
 * which projects, and who belongs to which team. Admins may see and do everything. Public so a
 * tool can start a preview over people and teams of its own ({@link PreviewApp#serve}).
 */
public final class PreviewDirectory implements PermissionCheck, TeamDirectory, People, EventSources {

    /** One person of the demo portfolio; {@code groups} are host groups (only the event-source group means anything). */
    public record Person(String key, String name, boolean admin, Set<String> edits, Set<String> views, Set<String> teams,
                         Set<String> groups) {
        public Person {
            edits = Set.copyOf(edits);
            views = Set.copyOf(views);
            teams = Set.copyOf(teams);
            groups = groups == null ? Set.of() : Set.copyOf(groups);
        }

        /** A person in no group. */
        public Person(String key, String name, boolean admin, Set<String> edits, Set<String> views, Set<String> teams) {
            this(key, name, admin, edits, views, teams, Set.of());
        }
    }

    /** Admins and the members of the event-source group (the app's setting) may post delivery events. */
    @Override
    public boolean mayPost(UserRef user, String group) {
        return person(user.key()).map(person -> person.admin()
                || person.groups().stream().anyMatch(group::equalsIgnoreCase)).orElse(false);
    }

    private final Map<String, Person> people = new LinkedHashMap<>();
    private final SortedSet<Team> teams;

    public PreviewDirectory(List<Person> people, List<String> teamNames) {
        people.forEach(person -> this.people.put(person.key(), person));
        TreeSet<Team> all = new TreeSet<>();
        teamNames.forEach(name -> all.add(new Team(name)));
        this.teams = Collections.unmodifiableSortedSet(all);
    }

    List<Person> people() {
        return List.copyOf(people.values());
    }

    Optional<Person> person(String key) {
        return Optional.ofNullable(key).map(people::get);
    }

    @Override
    public boolean canView(UserRef user, InitiativeKey initiative) {
        return person(user.key()).map(p -> p.admin() || p.views().contains(initiative.projectKey())
                || p.edits().contains(initiative.projectKey())).orElse(false);
    }

    @Override
    public boolean canEdit(UserRef user, InitiativeKey initiative) {
        return person(user.key()).map(p -> p.admin() || p.edits().contains(initiative.projectKey())).orElse(false);
    }

    @Override
    public boolean canActForTeam(UserRef user, Team team) {
        return person(user.key()).map(p -> p.admin() || p.teams().contains(team.name())).orElse(false);
    }

    /** The demo's people by the names they go by; anyone else by the key the record kept. */
    @Override
    public String displayName(UserRef person) {
        return person(person.key()).map(Person::name).orElse(person.key());
    }

    /** The demo's people have drawn initials, as Jira draws default avatars; anyone else no picture. */
    @Override
    public Optional<String> avatarUrl(UserRef person) {
        return person(person.key())
                .map(known -> AvatarResource.PATH + "/" + URLEncoder.encode(known.key(), StandardCharsets.UTF_8) + ".svg");
    }

    @Override
    public SortedSet<Team> teams() {
        return teams;
    }
}
