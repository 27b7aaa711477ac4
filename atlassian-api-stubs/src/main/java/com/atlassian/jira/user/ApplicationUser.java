// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/user/ApplicationUser.html — members used by Throughline only.
package com.atlassian.jira.user;

/** A Jira user. */
public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getDisplayName();
}
