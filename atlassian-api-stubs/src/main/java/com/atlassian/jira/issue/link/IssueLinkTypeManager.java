// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/link/IssueLinkTypeManager.html — members used by Throughline only.
// Jira's own IssueLinkTypeService calls createIssueLinkType(name, outward, inward, null) for user link types ("style" is for
// system links) and then reads the type back with getIssueLinkTypesByName; the interface source: "an empty collection if
// name isn't a link type", names unique (the UI enforces it), descriptions need not be unique across link types.
package com.atlassian.jira.issue.link;

import java.util.Collection;

/** Creates and finds issue link types. */
public interface IssueLinkTypeManager {
    void createIssueLinkType(String name, String outward, String inward, String style);

    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
