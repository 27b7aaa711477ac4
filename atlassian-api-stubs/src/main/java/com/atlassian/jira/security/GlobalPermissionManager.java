// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/GlobalPermissionManager.html — members used by Throughline only.
package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Global permission checks. */
public interface GlobalPermissionManager {
    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
