// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/plugin/workflow/WorkflowPluginValidatorFactory.html — members used by Throughline only.
package com.atlassian.jira.plugin.workflow;

/** Marker for the factory of a workflow validator module. */
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
