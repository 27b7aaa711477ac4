package io.throughline.jira.host;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.throughline.core.common.People;
import io.throughline.core.common.UserRef;

/** People as Jira shows them: the user's display name; a user Jira no longer has shows as the stored key. */
public final class JiraPeople implements People {

    private final UserManager users;

    public JiraPeople(UserManager users) {
        this.users = users;
    }

    @Override
    public String displayName(UserRef person) {
        ApplicationUser user = users.getUserByKey(person.key());
        String name = user == null ? null : user.getDisplayName();
        return name == null || name.isBlank() ? person.key() : name;
    }
}
