package io.throughline.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.throughline.core.gate.Gate;
import io.throughline.core.gate.PolicyParameters;
import io.throughline.core.initiative.Initiative;
import io.throughline.core.testing.InitiativeBuilder;
import io.throughline.jira.JiraIssues;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransitionGateParametersTest {

    private final JiraIssues jira = new JiraIssues();
    private final IssueManager issues = mock(IssueManager.class);
    private final WorkflowManager workflows = mock(WorkflowManager.class);
    private final JiraWorkflow workflow = mock(JiraWorkflow.class);
    private final StepDescriptor toDo = new StepDescriptor();
    private final WorkflowDescriptor descriptor = new WorkflowDescriptor();
    private final Initiative bet = InitiativeBuilder.initiative("GROW-1").team("GROW").build();
    private final TransitionGateParameters parameters = new TransitionGateParameters(issues, workflows);

    @BeforeEach
    void setUp() {
        MutableIssue issue = jira.initiative("GROW-1", "pm", "Activation rate: 22% -> 30%", LocalDate.of(2026, 4, 1));
        when(issues.getIssueObject("GROW-1")).thenReturn(issue);
        when(workflows.getWorkflow(issue)).thenReturn(workflow);
        when(workflow.getLinkedStep(issue.getStatus())).thenReturn(toDo);
        when(workflow.getDescriptor()).thenReturn(descriptor);
    }

    @Test
    void readsTheArgumentsOfTheTransitionOutOfTheCurrentStatusThatCarriesTheGate() {
        toDo.getActions().add(transition("Start work", Map.of()));
        toDo.getActions().add(transition("Commit", Map.of(TransitionGateParameters.CLASS_NAME,
                CommitGateValidator.class.getName(), "minEvidenceCount", "3", "maxEvidenceAgeDays", "30")));

        PolicyParameters found = parameters.forGate(bet, Gate.COMMIT).orElseThrow();

        assertThat(found.minEvidenceCount()).isEqualTo(3);
        assertThat(found.maxEvidenceAgeDays()).isEqualTo(30);
        assertThat(parameters.forGate(bet, Gate.OUTCOME)).isEmpty();
    }

    @Test
    void aGlobalTransitionCountsAsOneOutOfEveryStatus() {
        descriptor.addGlobalAction(transition("Validate", Map.of(TransitionGateParameters.CLASS_NAME,
                OutcomeGateValidator.class.getName())));

        assertThat(parameters.forGate(bet, Gate.OUTCOME)).contains(PolicyParameters.defaults());
    }

    @Test
    void noTransitionCarryingTheGateOrAnUnreadableOneMeansTheDefaults() {
        assertThat(parameters.forGate(bet, Gate.COMMIT)).isEmpty();

        toDo.getActions().add(transition("Commit", Map.of(TransitionGateParameters.CLASS_NAME,
                CommitGateValidator.class.getName(), "minEvidenceCount", "many")));
        assertThat(parameters.forGate(bet, Gate.COMMIT)).isEmpty();

        when(workflows.getWorkflow(org.mockito.ArgumentMatchers.any())).thenThrow(new IllegalStateException("no scheme"));
        assertThat(parameters.forGate(bet, Gate.COMMIT)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static ActionDescriptor transition(String name, Map<String, String> args) {
        ActionDescriptor action = new ActionDescriptor();
        action.setName(name);
        ValidatorDescriptor validator = new ValidatorDescriptor();
        validator.setType("class");
        validator.getArgs().putAll(args);
        action.getValidators().add(validator);
        return action;
    }
}
