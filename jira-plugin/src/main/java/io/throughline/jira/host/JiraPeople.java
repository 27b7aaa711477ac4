package io.throughline.jira.host;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.throughline.core.common.People;
import io.throughline.core.common.UserRef;
import java.net.URI;
import java.util.Optional;

/**
 * People as Jira shows them: the user's display name and avatar (as the viewer may see it); a user
 * Jira no longer has shows as the stored key, without a picture.
 */
public final class JiraPeople implements People {

    private final UserManager users;
    private final AvatarService avatars;
    private final JiraAuthenticationContext authentication;

    public JiraPeople(UserManager users, AvatarService avatars, JiraAuthenticationContext authentication) {
        this.users = users;
        this.avatars = avatars;
        this.authentication = authentication;
    }

    @Override
    public String displayName(UserRef person) {
        ApplicationUser user = users.getUserByKey(person.key());
        String name = user == null ? null : user.getDisplayName();
        return name == null || name.isBlank() ? person.key() : name;
    }

    @Override
    public Optional<String> avatarUrl(UserRef person) {
        ApplicationUser user = users.getUserByKey(person.key());
        if (user == null) {
            return Optional.empty();
        }
        try {
            URI link = avatars.getAvatarURL(authentication.getLoggedInUser(), user, Avatar.Size.NORMAL);
            return Optional.ofNullable(link).map(URI::toString);
        } catch (RuntimeException avatarsUnavailable) {
            // A missing picture must never cost the panel: the name alone is shown.
            return Optional.empty();
        }
    }
}
