// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/user/util/UserManager.html — members used by Throughline only.
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Looks users up. */
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);
}
