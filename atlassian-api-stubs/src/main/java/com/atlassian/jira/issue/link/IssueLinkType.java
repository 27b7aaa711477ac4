// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/link/IssueLinkType.html — members used by Throughline only.
// An interface in Jira's @PublicApi source (extends OfBizValueWrapper, Comparable<IssueLinkType>).
package com.atlassian.jira.issue.link;

/** An issue link type: its name and the words each end of a link reads. */
public interface IssueLinkType {
    Long getId();

    String getName();

    /** How the source reads the link ("blocks"). */
    String getOutward();

    /** How the destination reads it ("is blocked by"). */
    String getInward();
}
