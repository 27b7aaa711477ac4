// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/changehistory/ChangeHistoryManager.html — members used by Throughline only.
// The bulk read (since 5.1: "much more efficient ... should be preferred"); its user parameter became ApplicationUser in 7.0.
package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

/** Reads issues' change history. */
public interface ChangeHistoryManager {
    /** The change groups of all the issues, as the user may see them, in one read. */
    List<ChangeHistory> getChangeHistoriesForUser(Iterable<Issue> issues, ApplicationUser remoteUser);
}
