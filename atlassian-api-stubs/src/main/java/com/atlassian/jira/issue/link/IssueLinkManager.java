// Mirrors https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html — members used by Throughline only.
// A @PublicApi interface. Its Javadoc warns that link queries are no longer globally cached since 7.0.1: each call reads
// the database. No bulk read by a set of issues exists (getIssueLinks(Long linkTypeId) reads every link of a type).
package com.atlassian.jira.issue.link;

import java.util.List;

/** Reads issue links. */
public interface IssueLinkManager {

    /** The links whose destination is the issue ("Get links to an issue"). */
    List<IssueLink> getInwardLinks(Long destinationIssueId);
}
