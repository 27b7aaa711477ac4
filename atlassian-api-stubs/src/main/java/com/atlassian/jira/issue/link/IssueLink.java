// Mirrors https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html — members used by Throughline only.
// A @PublicApi interface (extends OfBizValueWrapper): a link from a source issue to a destination issue of one link type.
// The source is the side that reads the type's outward words ("GROW-1 is delivered by IDN-7": GROW-1 is the source).
package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

/** One link between two issues. */
public interface IssueLink {
    Long getLinkTypeId();

    /** The linked-from issue (loaded on the call). */
    Issue getSourceObject();

    /** The linked-to issue (loaded on the call). */
    Issue getDestinationObject();
}
