package io.throughline.jira.host;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.throughline.core.common.UserRef;
import io.throughline.core.performance.EventSources;

/**
 * Who may post delivery events in Jira: its administrators, and members of the event-source group
 * (typically a CI account with a personal access token, which needs no other permission).
 */
public final class JiraEventSources implements EventSources {

    /** The group an administrator creates for tool accounts; its name is the default of the app's setting. */
    public static final String DEFAULT_GROUP = "throughline-event-sources";

    private final UserManager users;
    private final GlobalPermissionManager global;
    private final GroupManager groups;
    private final String group;

    public JiraEventSources(UserManager users, GlobalPermissionManager global, GroupManager groups) {
        this(users, global, groups, DEFAULT_GROUP);
    }

    public JiraEventSources(UserManager users, GlobalPermissionManager global, GroupManager groups, String group) {
        this.users = users;
        this.global = global;
        this.groups = groups;
        this.group = group;
    }

    @Override
    public boolean mayPost(UserRef user) {
        ApplicationUser jiraUser = users.getUserByKey(user.key());
        if (jiraUser == null) {
            return false;
        }
        return global.hasPermission(GlobalPermissionKey.ADMINISTER, jiraUser)
                || groups.getGroupNamesForUser(jiraUser).stream().anyMatch(group::equalsIgnoreCase);
    }
}
