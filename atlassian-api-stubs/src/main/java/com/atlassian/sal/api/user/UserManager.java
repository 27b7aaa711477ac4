// Mirrors https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/user/UserManager.html — members used by Throughline only.
package com.atlassian.sal.api.user;

/** The users of the host application. */
public interface UserManager {

    /** The key of the user of the current request; null when anonymous. */
    UserKey getRemoteUserKey();
}
