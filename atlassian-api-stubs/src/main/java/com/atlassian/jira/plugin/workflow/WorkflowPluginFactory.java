// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/plugin/workflow/WorkflowPluginFactory.html — members used by Throughline only.
package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/** Supplies template parameters for a workflow module and turns its form into descriptor args. */
public interface WorkflowPluginFactory {
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
