// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/permission/GlobalPermissionKey.html — members used by Throughline only.
package com.atlassian.jira.permission;

/** Identifier of a global permission; a value compared by key, as in Jira. */
public final class GlobalPermissionKey {
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalPermissionKey other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
