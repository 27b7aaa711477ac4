// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/config/IssueTypeManager.html — members used by Throughline only.
package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/** Lists and creates issue types. */
public interface IssueTypeManager {
    Collection<IssueType> getIssueTypes();

    IssueType createIssueType(String name, String description, Long avatarId);
}
