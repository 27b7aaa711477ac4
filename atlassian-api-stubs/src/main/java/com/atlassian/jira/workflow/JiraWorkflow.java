// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/workflow/JiraWorkflow.html (@PublicApi interface) — members used by Throughline only.
// getLinkedStep(Status): "the StepDescriptor linked, or null if no steps are linked to this status" (Jira's Javadoc).
// getDescriptor(): the OSWorkflow descriptor, whose global actions are transitions available from every status.
// getName(), getAllActions() ("all the actions in this workflow, global, common and from steps") and
// getLinkedStatusObjects() ("all statuses for this workflow") as in Jira's JiraWorkflow interface source; added for the setup check.
// StepDescriptor, ActionDescriptor, ValidatorDescriptor and WorkflowDescriptor are OSWorkflow's own (real, from Maven Central).
package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.status.Status;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.util.Collection;
import java.util.List;

/** One Jira workflow. */
public interface JiraWorkflow {

    StepDescriptor getLinkedStep(Status status);

    WorkflowDescriptor getDescriptor();

    String getName();

    Collection<ActionDescriptor> getAllActions();

    List<Status> getLinkedStatusObjects();
}
