// Mirrors https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/user/UserKey.html — members used by Throughline only.
package com.atlassian.sal.api.user;

/** A user's stable key (unlike the user name, it never changes). Real class is final and serializable. */
public class UserKey {

    public UserKey(String userKey) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
