// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/screen/FieldScreen.html (@PublicApi interface) — members used by Throughline only.
// getTabs(): the screen's tabs in order; a screen Jira creates has at least one. containsField(String): by field id (customfield_NNNNN).
package com.atlassian.jira.issue.fields.screen;

import java.util.List;

/** A screen: tabs of fields shown for an issue operation or a transition. */
public interface FieldScreen {

    Long getId();

    String getName();

    List<FieldScreenTab> getTabs();

    boolean containsField(String fieldId);
}
