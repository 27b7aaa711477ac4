// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/fields/screen/FieldScreenScheme.html (@PublicApi interface) — members used by Throughline only.
// getFieldScreen(IssueOperation): the screen for the operation, or the scheme's default screen when it maps none.
package com.atlassian.jira.issue.fields.screen;

import com.atlassian.jira.issue.operation.IssueOperation;

/** A screen scheme: which screen each issue operation uses. */
public interface FieldScreenScheme {

    FieldScreen getFieldScreen(IssueOperation issueOperation);
}
