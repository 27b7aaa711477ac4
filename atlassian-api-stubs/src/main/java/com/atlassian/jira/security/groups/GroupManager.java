// Mirrors https://docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html — members used by Throughline only.
package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/** Jira's groups and their members. */
public interface GroupManager {

    /** The names of all the groups the user belongs to (nested memberships included, as Jira resolves them). */
    Collection<String> getGroupNamesForUser(ApplicationUser user);
}
