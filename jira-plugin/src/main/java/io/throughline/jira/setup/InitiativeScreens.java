package io.throughline.jira.setup;

import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.operation.IssueOperations;
import com.atlassian.jira.issue.operation.ScreenableIssueOperation;
import com.atlassian.jira.project.Project;
import io.throughline.core.setup.ScreenOperation;
import io.throughline.core.setup.SetupSnapshot;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The screens Initiatives are created, edited and viewed with in the given projects: each project's
 * issue type screen scheme → the screen scheme it gives Initiatives → the screen of each operation.
 */
public final class InitiativeScreens {

    private static final Map<ScreenOperation, ScreenableIssueOperation> OPERATIONS = new LinkedHashMap<>();

    static {
        OPERATIONS.put(ScreenOperation.CREATE, IssueOperations.CREATE_ISSUE_OPERATION);
        OPERATIONS.put(ScreenOperation.EDIT, IssueOperations.EDIT_ISSUE_OPERATION);
        OPERATIONS.put(ScreenOperation.VIEW, IssueOperations.VIEW_ISSUE_OPERATION);
    }

    private final IssueTypeScreenSchemeManager screenSchemes;

    public InitiativeScreens(IssueTypeScreenSchemeManager screenSchemes) {
        this.screenSchemes = screenSchemes;
    }

    List<SetupSnapshot.Screen> of(List<Project> projects, IssueType initiative, List<String> fieldIds) {
        Map<Long, FieldScreen> byId = new LinkedHashMap<>();
        Map<Long, Set<ScreenOperation>> uses = new LinkedHashMap<>();
        for (Project project : projects) {
            IssueTypeScreenScheme scheme = screenSchemes.getIssueTypeScreenScheme(project);
            FieldScreenScheme screens = scheme == null ? null : scheme.getEffectiveFieldScreenScheme(initiative);
            if (screens == null) {
                continue;
            }
            OPERATIONS.forEach((operation, jiraOperation) -> {
                FieldScreen screen = screens.getFieldScreen(jiraOperation);
                if (screen != null) {
                    byId.putIfAbsent(screen.getId(), screen);
                    uses.computeIfAbsent(screen.getId(), id -> EnumSet.noneOf(ScreenOperation.class)).add(operation);
                }
            });
        }
        List<SetupSnapshot.Screen> found = new ArrayList<>();
        byId.forEach((id, screen) -> {
            Set<String> held = new LinkedHashSet<>();
            fieldIds.stream().filter(screen::containsField).forEach(held::add);
            found.add(new SetupSnapshot.Screen(String.valueOf(id), screen.getName(), uses.get(id), held));
        });
        return found;
    }
}
