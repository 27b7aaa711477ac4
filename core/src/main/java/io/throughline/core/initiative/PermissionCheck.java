package io.throughline.core.initiative;

import io.throughline.core.common.Team;
import io.throughline.core.common.UserRef;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** The host's answer to "may this user do that", asked before every read and write. */
public interface PermissionCheck {

    /** May the user see the initiative (Jira: browse the issue)? */
    boolean canView(UserRef user, InitiativeKey initiative);

    /** May the user change the initiative's evidence and dependencies (Jira: edit the issue)? */
    boolean canEdit(UserRef user, InitiativeKey initiative);

    /** May the user commit, decline or deliver on behalf of the providing team? */
    boolean canActForTeam(UserRef user, Team team);

    /** The subset of initiatives the user may see; hosts override this with a bulk check. */
    default Set<InitiativeKey> viewable(UserRef user, Collection<InitiativeKey> initiatives) {
        return initiatives.stream().filter(key -> canView(user, key)).collect(Collectors.toSet());
    }
}
