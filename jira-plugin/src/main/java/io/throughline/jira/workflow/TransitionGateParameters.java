package io.throughline.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.throughline.core.common.ThroughlineException;
import io.throughline.core.gate.GateParameterSource;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.Initiative;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The parameters of a gate as the issue's workflow sets them: the validator arguments on the first
 * transition out of the issue's current status (its step's transitions, then the global ones) that
 * carries the gate's validator. So the panel, REST and the card never call "ready" what the
 * transition would refuse.
 */
public final class TransitionGateParameters implements GateParameterSource {

    static final String CLASS_NAME = GateValidators.CLASS_NAME;

    private static final Logger LOG = Logger.getLogger(TransitionGateParameters.class.getName());
    private static final Map<String, String> VALIDATORS = GateValidators.BY_GATE;

    private final IssueManager issues;
    private final WorkflowManager workflows;

    public TransitionGateParameters(IssueManager issues, WorkflowManager workflows) {
        this.issues = issues;
        this.workflows = workflows;
    }

    @Override
    public Optional<PolicyParameters> forGate(Initiative initiative, String gate) {
        String validator = VALIDATORS.get(gate);
        Issue issue = issues.getIssueObject(initiative.key().value());
        if (validator == null || issue == null) {
            return Optional.empty();
        }
        try {
            for (ActionDescriptor transition : transitionsOutOf(issue)) {
                for (Object candidate : transition.getValidators()) {
                    if (candidate instanceof ValidatorDescriptor descriptor
                            && validator.equals(descriptor.getArgs().get(CLASS_NAME))) {
                        return Optional.of(ValidatorArgs.parameters(descriptor.getArgs()));
                    }
                }
            }
        } catch (ThroughlineException.InvalidInput e) {
            // The validator itself refuses with "misconfigured"; views fall back to the defaults and say so.
            LOG.log(Level.WARNING, "The " + gate + " gate on the workflow of " + issue.getKey() + " has invalid settings", e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Throughline could not read the workflow of " + issue.getKey(), e);
        }
        return Optional.empty();
    }

    private List<ActionDescriptor> transitionsOutOf(Issue issue) {
        JiraWorkflow workflow = workflows.getWorkflow(issue);
        List<ActionDescriptor> transitions = new ArrayList<>();
        if (workflow == null) {
            return transitions;
        }
        StepDescriptor step = workflow.getLinkedStep(issue.getStatus());
        if (step != null) {
            addAll(transitions, step.getActions());
        }
        if (workflow.getDescriptor() != null) {
            addAll(transitions, workflow.getDescriptor().getGlobalActions());
        }
        return transitions;
    }

    @SuppressWarnings("rawtypes")
    private static void addAll(List<ActionDescriptor> into, List actions) {
        if (actions != null) {
            for (Object action : actions) {
                if (action instanceof ActionDescriptor descriptor) {
                    into.add(descriptor);
                }
            }
        }
    }

}
