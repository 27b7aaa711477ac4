// Mirrors https://docs.atlassian.com/jira/latest/com/atlassian/jira/icon/IconType.html (@ExperimentalApi public class) — members used by Throughline only.
// A class, not an enum or interface: the static field is read with getstatic on this class, so the kind matters at link time.
package com.atlassian.jira.icon;

/** The kind of object an icon or avatar belongs to. */
public class IconType {

    /** The icon type of issue types. */
    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType();

    private IconType() {
    }
}
