// Mirrors https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/plugin/workflow/AbstractWorkflowPluginFactory.html — members used by Throughline only.
package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * Base factory: in Jira, getVelocityParams dispatches on "view", "input-parameters" and "edit-parameters" to the
 * three abstract methods; in this stub every concrete body throws.
 */
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {
    @Override
    public Map<String, Object> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected String extractSingleParam(Map<String, Object> conditionParams, String paramName) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
