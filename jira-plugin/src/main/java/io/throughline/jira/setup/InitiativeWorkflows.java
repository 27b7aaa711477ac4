package io.throughline.jira.setup;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.throughline.core.setup.SetupSnapshot;
import io.throughline.jira.workflow.GateValidators;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The workflows Initiatives move through in the given projects, with the app's gates on each transition. */
public final class InitiativeWorkflows {

    private final WorkflowManager workflows;

    public InitiativeWorkflows(WorkflowManager workflows) {
        this.workflows = workflows;
    }

    List<SetupSnapshot.Workflow> of(List<Project> projects, IssueType initiative) {
        Map<String, SetupSnapshot.Workflow> byName = new LinkedHashMap<>();
        for (Project project : projects) {
            JiraWorkflow workflow = workflows.getWorkflow(project.getId(), initiative.getId());
            if (workflow != null && !byName.containsKey(workflow.getName())) {
                byName.put(workflow.getName(), describe(workflow));
            }
        }
        return List.copyOf(byName.values());
    }

    private static SetupSnapshot.Workflow describe(JiraWorkflow workflow) {
        List<String> statuses = new ArrayList<>();
        for (Status status : orEmpty(workflow.getLinkedStatusObjects())) {
            statuses.add(status.getName());
        }
        List<SetupSnapshot.Transition> transitions = new ArrayList<>();
        for (ActionDescriptor action : orEmpty(workflow.getAllActions())) {
            List<SetupSnapshot.GateSetting> gates = new ArrayList<>();
            for (Object validator : orEmpty(action.getValidators())) {
                if (validator instanceof ValidatorDescriptor descriptor) {
                    GateValidators.gateOf(descriptor).ifPresent(gate ->
                            gates.add(new SetupSnapshot.GateSetting(gate, GateValidators.settingsOf(descriptor))));
                }
            }
            transitions.add(new SetupSnapshot.Transition(action.getName(), gates));
        }
        return new SetupSnapshot.Workflow(workflow.getName(), statuses, transitions);
    }

    private static <T> java.util.Collection<T> orEmpty(java.util.Collection<T> items) {
        return items == null ? List.of() : items;
    }
}
