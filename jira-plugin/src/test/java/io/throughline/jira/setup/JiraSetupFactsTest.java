package io.throughline.jira.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenTab;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.operation.IssueOperations;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.throughline.core.common.Messages;
import io.throughline.core.gate.Gate;
import io.throughline.core.setup.Finding;
import io.throughline.core.setup.ScreenFix;
import io.throughline.core.setup.ScreenOperation;
import io.throughline.core.setup.SetupReport;
import io.throughline.core.setup.SetupService;
import io.throughline.core.setup.SetupSnapshot;
import io.throughline.core.testing.InMemoryStageMappings;
import io.throughline.jira.host.InitiativeFields;
import io.throughline.jira.workflow.CommitGateValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jira's setup read through its screen, scheme and workflow managers (mocked), and the fix written back. */
class JiraSetupFactsTest {

    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final IssueTypeSchemeManager issueTypeSchemes = mock(IssueTypeSchemeManager.class);
    private final IssueTypeScreenSchemeManager screenSchemes = mock(IssueTypeScreenSchemeManager.class);
    private final FieldScreenManager fieldScreens = mock(FieldScreenManager.class);
    private final WorkflowManager workflows = mock(WorkflowManager.class);
    private final IssueType initiative = issueType("10100", "Initiative");
    private final IssueType bug = issueType("1", "Bug");
    private final Project grow = project(1L, "GROW");
    private final Map<Long, Set<String>> screenFields = new java.util.HashMap<>();
    private final List<FieldScreenTab> firstTabs = new ArrayList<>();
    private final JiraSetupFacts facts = new JiraSetupFacts(issueTypes, customFields,
            new InitiativeProjects(projects, issueTypeSchemes), issueTypeSchemes, fieldScreens,
            new InitiativeScreens(screenSchemes), new InitiativeWorkflows(workflows));
    private final SetupService service = new SetupService(facts, new InMemoryStageMappings(), InitiativeFields.ISSUE_TYPE);

    @BeforeEach
    void setUp() {
        when(issueTypes.getIssueTypes()).thenReturn(List.of(bug, initiative));
        field(InitiativeFields.OWNER, "customfield_10001");
        field(InitiativeFields.SUCCESS_METRIC, "customfield_10002");
        field(InitiativeFields.EVIDENCE_HORIZON, "customfield_10003");
        Project ops = project(2L, "OPS");
        when(projects.getProjectObjects()).thenReturn(List.of(grow, ops));
        when(issueTypeSchemes.getIssueTypesForProject(grow)).thenReturn(List.of(initiative));
        when(issueTypeSchemes.getIssueTypesForProject(ops)).thenReturn(List.of(bug));
        FieldConfigScheme scheme = mock(FieldConfigScheme.class);
        when(scheme.getName()).thenReturn("Product scheme");
        when(issueTypeSchemes.getConfigScheme(grow)).thenReturn(scheme);

        FieldScreen create = screen(10L, "Initiative create", "customfield_10001", "customfield_10002", "customfield_10003");
        FieldScreen shared = screen(20L, "Default screen", "customfield_10001");
        FieldScreenScheme screens = mock(FieldScreenScheme.class);
        when(screens.getFieldScreen(IssueOperations.CREATE_ISSUE_OPERATION)).thenReturn(create);
        when(screens.getFieldScreen(IssueOperations.EDIT_ISSUE_OPERATION)).thenReturn(shared);
        when(screens.getFieldScreen(IssueOperations.VIEW_ISSUE_OPERATION)).thenReturn(shared);
        IssueTypeScreenScheme typeScreens = mock(IssueTypeScreenScheme.class);
        when(typeScreens.getEffectiveFieldScreenScheme(initiative)).thenReturn(screens);
        when(screenSchemes.getIssueTypeScreenScheme(grow)).thenReturn(typeScreens);

        JiraWorkflow workflow = mock(JiraWorkflow.class);
        when(workflow.getName()).thenReturn("Initiative flow");
        List<Status> statuses = List.of(status("Bet"), status("Parked"));
        when(workflow.getLinkedStatusObjects()).thenReturn(statuses);
        when(workflow.getAllActions()).thenReturn(List.of(transition("Commit", Map.of("class.name",
                CommitGateValidator.class.getName(), "minEvidenceCount", "3")), transition("Park", Map.of())));
        when(workflows.getWorkflow(1L, "10100")).thenReturn(workflow);
    }

    @Test
    void readsTheSchemesScreensAndWorkflowsOfTheProjectsThatUseInitiatives() {
        SetupSnapshot snapshot = facts.snapshot();

        assertThat(snapshot.issueType()).contains("Initiative");
        assertThat(snapshot.schemes()).containsExactly(new SetupSnapshot.Scheme("Product scheme", List.of("GROW")));
        assertThat(snapshot.screens()).extracting(SetupSnapshot.Screen::name, SetupSnapshot.Screen::operations).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Initiative create", Set.of(ScreenOperation.CREATE)),
                org.assertj.core.groups.Tuple.tuple("Default screen", Set.of(ScreenOperation.EDIT, ScreenOperation.VIEW)));
        SetupSnapshot.Workflow workflow = snapshot.workflows().get(0);
        assertThat(workflow.statuses()).containsExactly("Bet", "Parked");
        assertThat(workflow.transitions().get(0).gates()).containsExactly(
                new SetupSnapshot.GateSetting(Gate.COMMIT, Map.of("minEvidenceCount", "3")));
        assertThat(workflow.transitions().get(1).gates()).isEmpty();
    }

    @Test
    void aFieldMissingFromAnInitiativeScreenIsAFixableProblem() {
        SetupReport report = service.report();

        List<String> problems = report.sections().get(1).findings().stream().filter(Finding::isProblem)
                .map(f -> Messages.english().format(f.text())).toList();
        assertThat(problems).containsExactly("The edit screen Default screen lacks: Success metric, Evidence horizon.",
                "The view screen Default screen lacks: Success metric, Evidence horizon.");
        assertThat(report.hasFixableProblem()).isTrue();
    }

    @Test
    void theFixAddsTheMissingFieldsToTheFirstTabOnlyAndASecondRunChangesNothing() {
        ScreenFix first = service.addMissingFieldsToScreens();
        ScreenFix second = service.addMissingFieldsToScreens();

        assertThat(first.changes()).hasSize(2);
        verify(firstTabs.get(1)).addFieldScreenLayoutItem("customfield_10002");
        verify(firstTabs.get(1)).addFieldScreenLayoutItem("customfield_10003");
        verify(firstTabs.get(0), never()).addFieldScreenLayoutItem(anyString());
        assertThat(second.changedNothing()).isTrue();
        assertThat(screenFields.get(20L)).hasSize(3);
        assertThat(service.report().sections().get(1).problems()).isZero();
    }

    @Test
    void aScreenWithoutTabsOrGoneIsNotChanged() {
        FieldScreen empty = mock(FieldScreen.class);
        when(empty.getTabs()).thenReturn(List.of());
        when(fieldScreens.getFieldScreen(30L)).thenReturn(empty);

        assertThat(facts.addFieldToScreen("30", "customfield_10002")).isFalse();
        assertThat(facts.addFieldToScreen("40", "customfield_10002")).isFalse();
    }

    @Test
    void withoutTheIssueTypeOnlyTheFieldsAreReported() {
        when(issueTypes.getIssueTypes()).thenReturn(List.of(bug));

        SetupSnapshot snapshot = facts.snapshot();

        assertThat(snapshot.issueType()).isEmpty();
        assertThat(snapshot.fields()).allSatisfy(f -> assertThat(f.id()).isPresent());
        assertThat(snapshot.screens()).isEmpty();
        assertThat(snapshot.workflows()).isEmpty();
    }

    private void field(String name, String id) {
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn(id);
        when(customFields.getCustomFieldObjectsByName(name)).thenReturn(List.of(field));
    }

    /** A screen whose first tab really adds: containsField sees what was added. */
    private FieldScreen screen(long id, String name, String... fieldIds) {
        Set<String> held = new HashSet<>(List.of(fieldIds));
        screenFields.put(id, held);
        FieldScreen screen = mock(FieldScreen.class);
        FieldScreenTab first = mock(FieldScreenTab.class);
        FieldScreenTab second = mock(FieldScreenTab.class);
        firstTabs.add(first);
        doAnswer(call -> held.add(call.getArgument(0))).when(first).addFieldScreenLayoutItem(anyString());
        when(screen.getId()).thenReturn(id);
        when(screen.getName()).thenReturn(name);
        when(screen.getTabs()).thenReturn(List.of(first, second));
        when(screen.containsField(anyString())).thenAnswer(call -> held.contains(call.<String>getArgument(0)));
        when(fieldScreens.getFieldScreen(id)).thenReturn(screen);
        return screen;
    }

    private static IssueType issueType(String id, String name) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        return type;
    }

    private static Project project(long id, String key) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        return project;
    }

    private static Status status(String name) {
        Status status = mock(Status.class);
        when(status.getName()).thenReturn(name);
        return status;
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
