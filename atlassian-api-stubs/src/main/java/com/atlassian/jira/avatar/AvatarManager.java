// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/avatar/AvatarManager.html — members used by Throughline only.
// Confirmed in public plugin source: testit-tms/jira-plugin (TestCaseIssueType, built against jira-api 8.20 and 11.3) calls
// getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE) and passes the Long to IssueTypeManager.createIssueType(String, String, Long).
// @PublicApi interface; Jira exports it to plugins as a component. The Javadoc gives no null contract for the result:
// the caller refuses a null rather than passing it on.
package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconType;

/** Jira's avatars: here, only the id of the default avatar for a kind of icon. */
public interface AvatarManager {

    Long getDefaultAvatarId(IconType iconType);
}
