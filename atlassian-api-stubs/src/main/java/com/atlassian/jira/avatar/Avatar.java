// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/avatar/Avatar.html — members used by Throughline only.
// Avatar.Size (https://docs.atlassian.com/jira/latest/com/atlassian/jira/avatar/Avatar.Size.html) is a public static enum nested in the
// @PublicApi interface Avatar; the Javadoc describes NORMAL as the 24x24 avatar "to use when outputting user's names". Only the
// constant Throughline passes is mirrored; the real enum has more (SMALL, MEDIUM, LARGE, XLARGE, …), which changes nothing for callers.
package com.atlassian.jira.avatar;

/** An avatar of a user, project or issue type: here only its standard sizes. */
public interface Avatar {

    /** The standard sizes of avatars. */
    enum Size {
        NORMAL
    }
}
