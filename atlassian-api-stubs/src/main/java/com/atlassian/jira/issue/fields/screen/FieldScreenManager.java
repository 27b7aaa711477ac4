// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/screen/FieldScreenManager.html (@PublicApi interface) — members used by Throughline only.
// getFieldScreen(Long): the screen with that id (null when there is none, as Jira's store returns).
package com.atlassian.jira.issue.fields.screen;

/** Looks screens up by id. */
public interface FieldScreenManager {

    FieldScreen getFieldScreen(Long id);
}
