// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/security/plugin/ProjectPermissionKey.html — members used by Throughline only.
package com.atlassian.jira.security.plugin;

/** Identifier of a project permission; a value compared by key, as in Jira. */
public final class ProjectPermissionKey {
    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        if (permissionKey == null) {
            throw new NullPointerException("permissionKey");
        }
        this.permissionKey = permissionKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPermissionKey other && permissionKey.equals(other.permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
