package io.throughline.jira.setup;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenTab;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import io.throughline.core.setup.SetupFacts;
import io.throughline.core.setup.SetupSnapshot;
import io.throughline.jira.host.InitiativeFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The app's setup as Jira has it: the Initiative issue type, the projects whose issue type scheme
 * includes it, the three fields, and (through {@link InitiativeScreens} and {@link InitiativeWorkflows})
 * the screens and workflows those projects use for Initiatives.
 */
public final class JiraSetupFacts implements SetupFacts {

    static final List<String> FIELDS = List.of(InitiativeFields.OWNER, InitiativeFields.SUCCESS_METRIC,
            InitiativeFields.EVIDENCE_HORIZON);

    private final IssueTypeManager issueTypes;
    private final CustomFieldManager customFields;
    private final IssueTypeSchemeManager issueTypeSchemes;
    private final FieldScreenManager fieldScreens;
    private final InitiativeScreens screens;
    private final InitiativeWorkflows workflows;
    private final InitiativeProjects projects;

    public JiraSetupFacts(IssueTypeManager issueTypes, CustomFieldManager customFields, InitiativeProjects projects,
                          IssueTypeSchemeManager issueTypeSchemes, FieldScreenManager fieldScreens,
                          InitiativeScreens screens, InitiativeWorkflows workflows) {
        this.issueTypes = issueTypes;
        this.customFields = customFields;
        this.projects = projects;
        this.issueTypeSchemes = issueTypeSchemes;
        this.fieldScreens = fieldScreens;
        this.screens = screens;
        this.workflows = workflows;
    }

    @Override
    public SetupSnapshot snapshot() {
        List<SetupSnapshot.Field> fields = FIELDS.stream().map(name -> new SetupSnapshot.Field(name,
                customFields.getCustomFieldObjectsByName(name).stream().findFirst().map(CustomField::getId))).toList();
        Optional<IssueType> initiative = issueTypes.getIssueTypes().stream()
                .filter(type -> InitiativeFields.ISSUE_TYPE.equalsIgnoreCase(type.getName())).findFirst();
        if (initiative.isEmpty()) {
            return new SetupSnapshot(Optional.empty(), List.of(), fields, List.of(), List.of());
        }
        List<Project> using = projects.using(initiative.get());
        List<String> fieldIds = fields.stream().flatMap(f -> f.id().stream()).toList();
        return new SetupSnapshot(Optional.of(initiative.get().getName()), schemes(using), fields,
                screens.of(using, initiative.get(), fieldIds), workflows.of(using, initiative.get()));
    }

    @Override
    public boolean addFieldToScreen(String screenId, String fieldId) {
        FieldScreen screen = fieldScreens.getFieldScreen(Long.valueOf(screenId));
        if (screen == null) {
            return false;
        }
        if (screen.containsField(fieldId)) {
            return true;
        }
        List<FieldScreenTab> tabs = screen.getTabs();
        if (tabs == null || tabs.isEmpty()) {
            return false;
        }
        tabs.get(0).addFieldScreenLayoutItem(fieldId);
        return true;
    }

    /** The issue type schemes of the projects that use Initiatives, each with those projects' keys. */
    private List<SetupSnapshot.Scheme> schemes(List<Project> using) {
        Map<String, List<String>> byScheme = new LinkedHashMap<>();
        for (Project project : using) {
            FieldConfigScheme scheme = issueTypeSchemes.getConfigScheme(project);
            String name = scheme == null ? project.getKey() : scheme.getName();
            byScheme.computeIfAbsent(name, n -> new ArrayList<>()).add(project.getKey());
        }
        List<SetupSnapshot.Scheme> schemes = new ArrayList<>();
        byScheme.forEach((name, keys) -> schemes.add(new SetupSnapshot.Scheme(name, keys)));
        return schemes;
    }
}
