// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/workflow/WorkflowManager.html — members used by Throughline only.
// getWorkflow(Issue) is called so by public plugins (e.g. "ComponentAccessor.getWorkflowManager().getWorkflow(issue)
// .getLinkedStep(issue.getStatus()).getActions()"); Jira's Javadoc: it throws com.atlassian.jira.workflow.WorkflowException,
// a RuntimeException wrapper; getWorkflow(Long projectId, String issueTypeId) ("the workflow for the given project - issue type
// pair", same exception) for the setup check,, for any error (not declared here: unchecked, and throws clauses are not linked).
package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;

/** Jira's workflows: here, only the one an issue moves through. */
public interface WorkflowManager {

    JiraWorkflow getWorkflow(Issue issue);

    JiraWorkflow getWorkflow(Long projectId, String issueTypeId);
}
