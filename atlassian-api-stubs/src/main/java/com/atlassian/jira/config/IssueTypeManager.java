// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/config/IssueTypeManager.html — members used by Throughline,
// plus the String overload of createIssueType so that a literal null is as ambiguous here as against the real API.
// createIssueType(String, String, Long): Jira's implementation refuses a null avatar id (pass AvatarManager.getDefaultAvatarId).
package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/** Lists and creates issue types. */
public interface IssueTypeManager {
    Collection<IssueType> getIssueTypes();

    IssueType createIssueType(String name, String description, Long avatarId);

    /** Deprecated in Jira (icon by URL); never called by Throughline, mirrored for overload resolution only. */
    @Deprecated
    IssueType createIssueType(String name, String description, String iconUrl);
}
