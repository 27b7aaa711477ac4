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
 * (the app's setting; typically a CI account with a personal access token, which needs no other
 * permission). Group names are compared ignoring case, as Jira's user directories treat them.
 */
public final class JiraEventSources implements EventSources {

    private final UserManager users;
    private final GlobalPermissionManager global;
    private final GroupManager groups;

    public JiraEventSources(UserManager users, GlobalPermissionManager global, GroupManager groups) {
        this.users = users;
        this.global = global;
        this.groups = groups;
    }

    @Override
    public boolean mayPost(UserRef user, String group) {
        ApplicationUser jiraUser = users.getUserByKey(user.key());
        if (jiraUser == null) {
            return false;
        }
        return global.hasPermission(GlobalPermissionKey.ADMINISTER, jiraUser)
                || groups.getGroupNamesForUser(jiraUser).stream().anyMatch(group::equalsIgnoreCase);
    }
}
